"""Templates for the 30 CASE-2021 / ACLED labels, in two styles (written for eventwire).

``NOTE`` clauses follow an ACLED-style date ("On 4 May 2021, ..."); ``NEWS`` items
are whole news sentences. ``{slot}`` is filled from the vocabulary (see
``make_training_data.Filler``) and ``<a|b|c>`` picks one alternative. ``TAIL``
says which closing remarks a note of that label may get (fatalities, size).
"""

# ruff: noqa: E501  (template and word-list lines are data: one item per line)

from __future__ import annotations

# --------------------------------------------------------------------------- battles
ARMED_CLASH_NOTE = (
    "{army} clashed with {group} in {loc}. <Casualties unknown.|{nf} fatalities.|No fatalities were reported.>",
    "fighting broke out between {army} and {group} in {loc}<.|, leaving {n} dead on both sides.>",
    "{group} attacked a {army_short} <position|checkpoint|patrol|base|outpost> in {loc}. The soldiers returned fire<.| and repelled the attack.>",
    "{army} and {group} exchanged fire near {loc}<.|; {n} <soldiers|militants> were killed.>",
    "{group} ambushed a {army_short} convoy on the road between {town} and {town2}, triggering a <gun battle|firefight|heavy exchange of fire>.",
    "{army} repelled an attack by {group} on their positions in {loc}.",
    "armed clashes took place between {group} and {group2} in {loc} over control of <the area|a mining site|a smuggling route|grazing land>.",
    "{army} <raided|attacked> a {group_short} hideout in {loc}, sparking an exchange of fire<.| in which {n} fighters were killed.>",
    "a gunfight erupted between {police} and suspected {group_short} members in {loc}.",
    "{group} attacked {police} officers at a checkpoint in {loc}, and the officers fired back. {n} attackers were killed.",
    "{army} engaged {group} in <heavy|sporadic|intense> fighting in the villages around {loc}.",
    "members of {group} and a local self-defence militia clashed in {loc}.",
    "{army} launched a ground assault on {group} positions near {loc}; clashes lasted several hours.",
    "{army} carried out a clearance operation against {group} in {loc}, killing {n} militants in an armed confrontation.",
    "{group} fighters and {army} troops fought in {loc}. Fatalities unknown.",
)
ARMED_CLASH_NEWS = (
    "{n_cap} soldiers and several militants were killed {day} when {group} attacked an army base in {town}, {rep}.",
    "Heavy fighting between {army} and {group} continued {day} on the outskirts of {town}.",
    "Gunmen from {group} stormed a police post in {town} {day}, sparking a gun battle that left {n} officers dead.",
    "Troops killed {n} insurgents during an exchange of fire in {admin} province {day}, {rep}.",
    "Clashes between rival armed factions in {town} left {n} fighters dead, {rep}.",
    "{group} fighters and government troops fought for hours near {town}, {rep}.",
    "{army_cap} said it had repulsed an attack by {group} on its positions in {admin}, killing {n} attackers.",
    "At least {n} people died as security forces and suspected militants traded fire in {town} {day}.",
    "Militants attacked a checkpoint in {admin} {day}, leaving at least {n} soldiers dead, {rep}.",
    "A firefight broke out when {police} tried to arrest a wanted militant commander in {town}.",
)

GOV_REGAINS_NOTE = (
    "{army} regained control of {loc} from {group} after <heavy fighting|two days of clashes|clashes>.",
    "{army} recaptured {loc}, which had been held by {group} since <last year|March|early this year>.",
    "{army} retook the village of {village} ({town}, {admin}) from {group}.",
    "{army} drove {group} out of {loc} and took back control of the town.",
    "{army} liberated {loc} from {group} following a counter-offensive. Casualties unknown.",
    "after fierce clashes, {army} recovered the town of {town} ({admin}) from {group}.",
    "{army} reclaimed {n} villages in {loc} that had been occupied by {group}.",
    "{army} and allied militia retook control of the {army_short} base in {loc} that {group} had seized earlier.",
)
GOV_REGAINS_NEWS = (
    "{army_cap} said it had recaptured the town of {town} from {group} {day}.",
    "Government troops have retaken {town}, a key town in {admin}, after weeks of fighting with {group}.",
    "Soldiers regained control of {town} {day}, driving out {group} fighters who had held it for months, {rep}.",
    "The army announced the liberation of {town} from {group} following a major offensive.",
    "Security forces have reclaimed several villages in {admin} from {group}, {rep}.",
    "{adj} forces said they had pushed {group} out of {town} and restored state control.",
    "Government forces recaptured a strategic hilltop near {town} from {group}, {rep}.",
)

NSA_OVERTAKES_NOTE = (
    "{group} seized control of {loc} after clashes with {army}.",
    "{group} captured the town of {town} ({admin}) following fighting with {army}, who withdrew.",
    "{group} overran a {army_short} base in {loc} and took control of the area.",
    "{group} took over {loc} after attacking {army}. <Casualties unknown.|{nf} fatalities.>",
    "{group} fighters stormed and occupied {loc} following an exchange of fire with {police}.",
    "{group} took control of the district headquarters in {loc} after a battle with government forces.",
    "after heavy fighting, {group} seized {n} villages in {loc} from {army}.",
    "{group} overtook the town of {town} and hoisted their flag after <routing|defeating> {army}.",
)
NSA_OVERTAKES_NEWS = (
    "{group_cap} fighters captured the town of {town} {day} after a battle with government troops, {rep}.",
    "Insurgents have seized control of {town} in {admin}, forcing soldiers to flee.",
    "{group_cap} said it had taken over a military base near {town} after overrunning its defenders.",
    "Rebels overran the district centre of {town} {day}, raising fears of a wider offensive.",
    "Militants have captured a strategic border crossing near {town} after fighting with security forces.",
    "{group_cap} took control of {town} following clashes that killed {n} soldiers, {rep}.",
    "The rebels now control the town of {town} after government forces retreated under fire.",
)

# --------------------------------------------------------------------------- remote violence
CHEM_NOTE = (
    "{army} used chemical weapons against {group} positions in {loc}. <Casualties unknown.|{nf} fatalities.>",
    "a <chlorine|sarin|toxic gas|mustard gas> attack by {army} hit {loc}, causing dozens of cases of suffocation.",
    "barrels containing <chlorine|toxic chemicals> were dropped on {loc}, affecting {n} civilians.",
    "{group} fired shells filled with <chlorine|mustard agent|a toxic substance> at {army} in {loc}.",
    "munitions containing a chemical agent struck residential areas of {loc}; victims showed symptoms of <nerve agent|chlorine> exposure.",
    "a chemical attack was reported in {loc}, where {n} people suffered respiratory problems after a gas attack.",
)
CHEM_NEWS = (
    "Dozens of people were treated for breathing difficulties after a suspected chlorine gas attack on {town}, {rep}.",
    "Soil samples taken in {town} after the bombardment tested positive for a nerve agent, {rep}.",
    "Activists accused government forces of dropping toxic gas on a rebel-held district of {town}.",
    "At least {n} civilians died of suffocation after a poison gas attack on {town}, {rep}.",
    "Inspectors found evidence that mustard gas was used in the attack on {town} {day}.",
    "Doctors said victims of the attack in {town} showed symptoms consistent with exposure to a nerve agent.",
    "A suspected chemical weapons attack hit the besieged town of {town}, killing {n} people including children.",
    "The opposition said warplanes dropped barrels filled with chlorine on {town}, {rep}.",
    "Residents of {town} reported a strong smell of gas and choking after rockets carrying chemical munitions landed.",
)

AIR_STRIKE_NOTE = (
    "{air_actor} carried out <an airstrike|air strikes|a drone strike|drone strikes> on {loc}. <Casualties unknown.|{nf} fatalities.|No casualties reported.>",
    "{air_actor} <bombed|struck> {group} positions in {loc}<.|, killing {n} fighters.>",
    "a <military aircraft|fighter jet|helicopter gunship|warplane|Bayraktar drone|armed drone> <bombed|struck|fired on> {loc}. <Casualties unknown.|{nf} fatalities.>",
    "{air_actor} conducted <an aerial bombardment|airstrikes> targeting a {group_short} <camp|hideout|gathering|convoy> in {loc}.",
    "<a Shahed drone|a kamikaze drone|a loitering munition|an unmanned aerial vehicle> hit <an energy facility|a residential building|a warehouse|a military depot> in {loc}.",
    "{air_actor} used drones to <strike|attack> a {army_short} <vehicle|position|checkpoint> in {loc}.",
    "military jets dropped bombs on the village of {village} in {loc}, destroying several houses.",
    "{air_actor} helicopters fired on suspected {group_short} members in {loc}.",
    "an airstrike by {air_actor} hit a market in {loc}, killing {n} civilians.",
    "{group} attacked {army} with <armed|explosive-laden|attack> drones in {loc}.",
)
AIR_STRIKE_NEWS = (
    "Warplanes struck a {group_short} training camp near {town} {day}, {rep}.",
    "An airstrike on a market in {town} killed at least {n} people {day}, {rep}.",
    "A drone strike targeted a vehicle carrying {group_short} commanders near {town}, {rep}.",
    "Fighter jets bombed rebel positions around {town} for a second day.",
    "Military helicopters fired on suspected insurgent hideouts in {admin} {day}.",
    "{n_cap} civilians were killed when military aircraft bombed a village in {admin}, {rep}.",
    "Kamikaze drones hit energy infrastructure in {town} overnight, {rep}.",
    "The coalition said its jets had carried out air raids on {group_short} targets in {admin}.",
    "An unmanned aerial vehicle struck a house in {town}, killing a senior militant.",
    "Aerial bombardment of {town} continued {day} as jets pounded the area, {rep}.",
)

SUIC_BOMB_NOTE = (
    "a suicide bomber <from|affiliated with> {group} detonated <an explosive vest|a suicide belt> at {target_place} in {loc}. {nf} fatalities.",
    "a suicide <car bomb|vehicle-borne IED (SVBIED)> driven by a {group_short} militant exploded at a {army_short} checkpoint in {loc}.",
    "a <male|female|teenage> suicide bomber blew <himself|herself> up <in|near> {target_place} in {loc}, killing {n} people.",
    "{group} carried out a suicide attack on a {army_short} base in {loc}. <Casualties unknown.|{nf} fatalities.>",
    "two suicide bombers attacked {target_place} in {loc}; {n} people died.",
    "a suicide bombing targeted a convoy of {army} near {loc}.",
)
SUIC_BOMB_NEWS = (
    "A suicide bomber killed at least {n} people at {target_place} in {town} {day}, {rep}.",
    "{group_cap} claimed a suicide car bombing that killed {n} soldiers in {admin}.",
    "A suicide attacker blew himself up near a police station in {town}, killing {n} officers.",
    "Twin suicide blasts ripped through {target_place} in {town} {day}, {rep}.",
    "A woman wearing a suicide vest detonated her explosives at {target_place} in {town}.",
    "A suicide bomber rammed an explosives-laden vehicle into an army checkpoint near {town}, {rep}.",
    "A suicide bomber disguised as a soldier killed {n} recruits at a training centre in {town}.",
    "The bomber detonated his vest as troops gathered at the base gate, {rep}.",
)

SHELLING_NOTE = (
    "{shell_actor} shelled {loc}. <Casualties unknown.|{nf} fatalities.|No casualties reported.>",
    "{shell_actor} fired <artillery|mortars|rockets|MLRS rockets|Grad rockets|tank shells|120mm mortars|152mm artillery> at {loc}<.|, damaging several houses.|, killing {n} civilians.>",
    "{shell_actor} launched <missiles|a missile strike|cruise missiles|ballistic missiles|Iskander missiles> on {loc}. <Casualties unknown.|{nf} fatalities.>",
    "<artillery|mortar|rocket> fire by {shell_actor} hit residential areas of {loc}.",
    "{shell_actor} carried out <artillery|mortar|rocket> attacks on {army} positions in {loc}.",
    "{group} fired <mortar rounds|rockets|home-made rockets> at a {army_short} base in {loc}.",
    "{shell_actor} <shelled|bombarded> the villages of {village} and {village2} ({admin}) with heavy artillery.",
    "a missile struck {target_place} in {loc}, {rep}. <Casualties unknown.|{nf} fatalities.>",
    "{shell_actor} hit {loc} with <Uragan|Smerch|Grad|Tochka-U> rockets.",
)
SHELLING_NEWS = (
    "Artillery shells slammed into residential districts of {town} {day}, killing {n} people, {rep}.",
    "A missile strike hit {target_place} in {town}, {rep}.",
    "Rockets fired from across the border landed in {town} {day}, {rep}.",
    "Mortar rounds hit a market in {town}, wounding {n} civilians.",
    "Heavy shelling of {town} continued overnight, {rep}.",
    "{shell_actor_cap} pounded {group_short} positions near {town} with artillery {day}.",
    "Militants fired rockets at an army base near {town}, {rep}.",
    "A barrage of rockets struck the outskirts of {town}, damaging homes and a school.",
    "Ballistic missiles hit an industrial area of {town} {day}, {rep}.",
    "Shells fired by {shell_actor} killed {n} civilians in {town}, {rep}.",
)

REM_EXPLOS_NOTE = (
    "an IED planted by {group} exploded <near|under> a {army_short} <vehicle|patrol|convoy> in {loc}. <Casualties unknown.|{nf} fatalities.>",
    "a roadside bomb hit a <military|police|civilian> vehicle in {loc}, killing {n} <soldiers|officers|passengers>.",
    "a <civilian|herder|farmer|child> stepped on a landmine in {loc} and was <killed|injured>.",
    "a <car bomb|motorcycle bomb|magnetic bomb|remote-controlled bomb> exploded in {loc}. <Casualties unknown.|{nf} fatalities.>",
    "{group} detonated a remote-controlled explosive device targeting {police} in {loc}.",
    "a vehicle ran over <a landmine|an anti-tank mine|an improvised explosive device> on the road between {town} and {town2}.",
    "an explosive device attached to a car went off in {loc}, injuring {n} people.",
    "a bomb planted <in a market|near a mosque|at a bus stop|on a motorcycle|in a rubbish bin> exploded in {loc}.",
    "{group} carried out an IED attack against a {army_short} patrol in {loc}.",
    "an unexploded ordnance detonated in {loc}, killing {n} <children|people>.",
)
REM_EXPLOS_NEWS = (
    "A roadside bomb killed {n} soldiers on patrol near {town} {day}, {rep}.",
    "A car bomb exploded outside a government building in {town}, {rep}.",
    "{n_cap} people were killed when their vehicle hit a landmine near {town}.",
    "An improvised explosive device went off near a police convoy in {admin} {day}.",
    "A bomb hidden on a motorcycle exploded in a busy market in {town}, {rep}.",
    "Militants detonated a remotely controlled bomb as an army truck passed near {town}.",
    "A magnetic bomb attached to a car killed a local official in {town}, {rep}.",
    "Two children were killed when a mine left over from the war exploded in {admin}.",
    "A blast from an explosive device planted under a bridge killed {n} people near {town}.",
    "An IED struck a military vehicle in {admin}, killing {n} troops, {rep}.",
)

GRENADE_NOTE = (
    "unidentified <men|assailants|persons> threw a <grenade|hand grenade> at {target_place} in {loc}. <Casualties unknown.|{n} people were injured.|{nf} fatalities.>",
    "{group} militants hurled a grenade at a {army_short} patrol in {loc}, injuring {n} <soldiers|personnel>.",
    "a grenade was lobbed into {target_place} in {loc}, wounding {n} people.",
    "a grenade attack targeted the house of a <local official|police officer|party leader> in {loc}.",
    "suspected <militants|gang members|assailants> lobbed a hand grenade at {police} in {loc}.",
    "a man on a motorcycle threw an explosive device, believed to be a grenade, at {target_place} in {loc}.",
    "unknown persons threw <crude bombs|a petrol bomb|hand grenades> at the office of {party} in {loc}.",
)
GRENADE_NEWS = (
    "A grenade thrown into a crowded bar in {town} injured {n} people {day}, {rep}.",
    "Militants lobbed a grenade at a security forces vehicle in {town}, {rep}.",
    "Attackers on a motorbike hurled a hand grenade at a police post in {town}.",
    "A grenade attack on a bus station in {town} left {n} people wounded.",
    "A hand grenade exploded at a rally in {town} after being thrown from the crowd, {rep}.",
    "Unknown assailants threw a grenade into the compound of a politician's home in {town}.",
    "A grenade attack on a shop in {town} wounded the owner and two customers.",
)

# --------------------------------------------------------------------------- violence against civilians
SEX_VIOL_NOTE = (
    "{perp} raped a <woman|girl|teenage girl|displaced woman> in {loc}.",
    "{perp} sexually assaulted {n} women in {loc}.",
    "a <girl|woman> was <gang-raped|raped> by {perp} in {loc}<.|; she was later hospitalised.>",
    "{perp} abducted and raped a <woman|minor> in {loc}.",
    "{perp} committed acts of sexual violence against displaced women in {loc}.",
    "a <woman|schoolgirl> collecting firewood was raped by {perp} near {loc}.",
)
SEX_VIOL_NEWS = (
    "Soldiers were accused of raping {n} women during a raid on a village near {town}, {rep}.",
    "A rights group documented dozens of cases of sexual violence by armed men in {admin}.",
    "A girl was gang-raped by gunmen in {town}, {rep}.",
    "Survivors said militiamen raped women as they fled the fighting in {admin}.",
    "Police officers were charged with sexually assaulting a detainee in {town}.",
    "Women in displacement camps near {town} reported being sexually abused by armed men.",
    "UN investigators said rape was being used as a weapon of war in {admin}.",
)

ATTACK_NOTE = (
    "{perp} shot and killed {civ} in {loc}.",
    "{perp} attacked {civ} in {loc}<.|, killing them.| with machetes.>",
    "{perp} killed {civ} in the village of {village} ({town}, {admin}). {nf} fatalities.",
    "{perp} opened fire on a <bus|passenger vehicle|wedding party|funeral procession|group of farmers> in {loc}, killing {n}.",
    "{perp} stabbed {civ} to death in {loc}.",
    "{perp} beat {civ} in {loc}<.|, accusing them of collaborating with the army.>",
    "{perp} raided the village of {village} in {loc}, killing {n} civilians and burning houses.",
    "{civ} was shot dead by {perp} in {loc}.",
    "the body of {civ} was found in {loc}; the victim had been killed by {perp}.",
    "{police} <beat|shot|tortured> {civ} in {loc}.",
    "{perp} attacked and killed {civ} at their home in {loc}. {nf} fatalities.",
    "{perp} killed {civ} and injured {n} others in {loc}.",
    "{army} killed {civ} in {loc}, accusing the victims of supporting {group}.",
)
ATTACK_NEWS = (
    "Gunmen shot dead {civ} in {town} {day}, {rep}.",
    "Unidentified attackers killed {n} villagers in {admin} {day}, {rep}.",
    "Armed men opened fire on worshippers in {town}, killing {n}.",
    "A local politician was shot dead outside his home in {town}, {rep}.",
    "Militants massacred {n} civilians in a raid on a village near {town}.",
    "Herders were hacked to death by assailants in {admin}, {rep}.",
    "Gunmen on motorbikes killed {n} people at a market in {town}.",
    "A journalist was beaten and stabbed by unknown men in {town} {day}.",
    "Attackers killed {n} farmers working in their fields outside {town}, {rep}.",
    "Security forces shot dead an unarmed man at a checkpoint in {town}, {rep}.",
    "{n_cap} civilians were killed when gunmen raided their village in {admin}, {rep}.",
)

ABDUCT_NOTE = (
    "{perp} abducted {civ} in {loc}.",
    "{perp} kidnapped {n} <passengers|students|farmers|travellers|villagers> in {loc}.",
    "{civ} was kidnapped by {perp} in {loc} and taken to an unknown location.",
    "{perp} abducted {civ} from <their home|a bus|their farm|a mosque|a church> in {loc}<.| and demanded a ransom.>",
    "{police} forcibly disappeared {civ} in {loc}; <his|their> whereabouts remain unknown.",
    "{perp} took {n} people hostage in {loc}.",
    "{perp} kidnapped the <wife|son|daughter> of a local businessman in {loc}.",
    "{perp} seized {n} aid workers at a checkpoint near {loc}.",
)
ABDUCT_NEWS = (
    "Gunmen kidnapped {n} students from a school in {town} {day}, {rep}.",
    "Armed men abducted a priest on the road to {town}, {rep}.",
    "Suspected militants seized {n} travellers from a bus near {town}.",
    "An activist has been missing since he was taken away by men in plain clothes in {town}.",
    "Kidnappers abducted {n} farmers in {admin} and demanded a ransom, {rep}.",
    "Families said their relatives were forcibly disappeared after being detained by security agents in {town}.",
    "{n_cap} aid workers were abducted by {group_short} fighters in {admin}, {rep}.",
    "Bandits abducted dozens of villagers in a night raid on {town}, {rep}.",
)

# --------------------------------------------------------------------------- protests
PEACE_PROTEST_NOTE = (
    "{people} <held a protest|staged a demonstration|demonstrated|protested|gathered|held a rally|held a sit-in|marched> {venue} in {loc} {demand}.",
    "in {loc}, {people} <protested|demonstrated|held a peaceful protest|marched> {demand}.",
    "{people} <held a protest|demonstrated> in {loc} {demand}.",
    "members of {party} <held a protest|organised a demonstration|staged a rally> in {loc} {demand}.",
    "{people} blocked the <main road|highway|national road|access road> in {loc} {demand}.",
    "{people} held a <vigil|human chain|march|motorcycle rally|hunger strike|press conference and protest> in {loc} {demand}.",
    "around {nd} {people} gathered {venue} in {loc} {demand}.",
    "{people} went on strike and held a demonstration in {loc} {demand}.",
    "hundreds of {people} marched through the streets of {loc} {demand}.",
    "{people} staged a sit-in {venue} in {loc} {demand}.",
    "supporters of {party} protested in {loc} {demand}.",
    "{people} submitted a memorandum to the district commissioner after a protest in {loc} {demand}.",
    "{people} rallied in {loc} {demand}. The protest ended peacefully.",
    "{people} picketed {venue} in {loc} {demand}.",
)
PEACE_PROTEST_NEWS = (
    "Thousands of {people} marched peacefully through {town} {day} {demand}.",
    "Hundreds of {people} rallied outside parliament in {town} {demand}.",
    "{people_cap} staged a peaceful demonstration in front of the ministry in {town} {day}.",
    "Protesters gathered in central {town} {day} {demand}, {rep}.",
    "{people_cap} blocked a highway near {town} for several hours {demand}.",
    "Around {nd} {people} took part in a silent march in {town} {demand}.",
    "{people_cap} in {town} downed tools and demonstrated {demand}.",
    "Demonstrators waving flags and banners filled the main square of {town} {day}.",
    "A crowd of {people} held a candlelight vigil in {town} {demand}.",
    "{people_cap} held a protest outside the governor's office in {town} to press their demands.",
)

PROTEST_INTER_NOTE = (
    "{people} protested in {loc} {demand}. {police_cap} dispersed the protesters <using tear gas|with water cannon|with batons|and arrested {n} of them>.",
    "{people} <held a protest|demonstrated> {venue} in {loc} {demand}. Police arrested {n} demonstrators.",
    "{police} <dispersed|broke up> a protest by {people} in {loc} <with tear gas|using rubber bullets|with water cannon|and detained several participants>.",
    "{people} attempting to march in {loc} {demand} were blocked by {police}, who detained {n} of them.",
    "{police} prevented {people} from holding a protest in {loc} and arrested the organisers.",
    "{people} demonstrated in {loc} {demand}; {police} fired tear gas to disperse them. <No injuries were reported.|A few protesters were slightly injured.>",
    "{police} used pepper spray and batons to disperse {people} protesting in {loc} {demand}.",
    "a peaceful protest by {people} in {loc} was broken up by {police}, who detained {n} people.",
    "{people} protested in {loc} {demand} and were forcibly removed by {police}.",
    "{police} detained {n} members of {party} as they gathered for a protest in {loc}.",
)
PROTEST_INTER_NEWS = (
    "Police fired tear gas to disperse {people} protesting in {town} {day}, {rep}.",
    "Riot police detained dozens of demonstrators at an unauthorised rally in {town}.",
    "Security forces used water cannon to break up a protest by {people} in {town}.",
    "Police arrested {n} activists who had gathered outside the ministry in {town} {demand}.",
    "Officers forcibly dispersed a sit-in by {people} in {town} {day}, detaining several.",
    "A peaceful march by {people} in {town} was broken up by police with batons and tear gas.",
    "Authorities blocked protesters from reaching the square in {town} and detained organisers, {rep}.",
    "Police scuffled with demonstrators and arrested {n} people at a protest in {town} {day}.",
)

FORCE_PROTEST_NOTE = (
    "{police} opened fire on {people} protesting in {loc} {demand}, killing {n}.",
    "{police} used live ammunition to disperse a peaceful protest by {people} in {loc}. {nf} fatalities.",
    "{police} shot dead {n} demonstrators during a peaceful protest in {loc} {demand}.",
    "{army} fired live rounds at unarmed protesters in {loc}, killing {n} and injuring many.",
    "{people} holding a peaceful march in {loc} were shot at by {police}; {n} died of their injuries.",
    "{police} violently cracked down on a peaceful sit-in by {people} in {loc}, leaving {n} dead and dozens seriously injured.",
    "{police} beat peaceful protesters with iron rods in {loc}, severely injuring {n} of them.",
)
FORCE_PROTEST_NEWS = (
    "Security forces opened fire on peaceful protesters in {town} {day}, killing at least {n}, {rep}.",
    "Troops used live ammunition against demonstrators in {town}, leaving {n} dead.",
    "Police shot dead {n} protesters during a peaceful march in {town}, {rep}.",
    "Soldiers fired into a crowd of unarmed demonstrators in {town}, killing several people.",
    "At least {n} people were killed when police opened fire on a peaceful rally in {town}.",
    "Rights groups condemned the killing of {n} peaceful protesters by security forces in {town}.",
    "Snipers shot at protesters gathered peacefully in the square of {town}, {rep}.",
)

VIOL_DEMO_NOTE = (
    "{people} protesting in {loc} {demand} threw stones at {police}<.|, who responded with tear gas.>",
    "{people} <burned tyres|set up burning barricades|burnt tires> and blocked roads in {loc} {demand}.",
    "{people} vandalised {target_place} in {loc} {demand}.",
    "protesters clashed with {police} in {loc} {demand}. <{n} officers were injured.|Several people were injured.>",
    "{people} set fire to <a police station|the municipal building|vehicles|the local party office> in {loc} during a protest {demand}.",
    "{people} stormed the <district office|council building|company premises> in {loc} {demand} and damaged property.",
    "demonstrators in {loc} pelted vehicles with stones {demand}.",
    "supporters of {party} protesting in {loc} {demand} attacked {police} with sticks and stones.",
    "{people} rioted in {loc} {demand}, looting shops and burning cars.",
    "{people} protesting in {loc} {demand} set a bus on fire. {police_cap} fired tear gas to disperse them.",
)
VIOL_DEMO_NEWS = (
    "Protesters hurled rocks and petrol bombs at police in {town} {day}, {rep}.",
    "Demonstrators torched a police station in {town} {demand}.",
    "Angry protesters ransacked the town hall in {town} after the announcement.",
    "Rioting erupted in {town} as protesters {demand} clashed with security forces.",
    "Protesters set fire to tyres and smashed shop windows in {town} {day}.",
    "{people_cap} protesting {demand} in {town} attacked officers with stones, injuring {n}.",
    "Demonstrators stormed a government building in {town} and set it alight, {rep}.",
    "A protest in {town} turned violent as marchers threw projectiles at riot police.",
)

MOB_VIOL_NOTE = (
    "a mob <lynched|beat to death|burned alive> a <suspected thief|man accused of witchcraft|suspected kidnapper|motorcycle thief> in {loc}.",
    "a mob attacked {civ} in {loc}, accusing <him|them> of <theft|blasphemy|cattle rustling|child abduction>.",
    "residents of {village} and {village2} clashed over <land|a water point|a boundary dispute> in {loc}, using machetes and sticks. <{nf} fatalities.|Several people were injured.>",
    "supporters of {party} and {party2} clashed in {loc} with sticks and stones. <{n} people were injured.|Casualties unknown.>",
    "rioters attacked <shops owned by migrants|a mosque|a church|houses of a minority community> in {loc}.",
    "a mob set fire to the house of a man accused of <blasphemy|murder|rape> in {loc}.",
    "{civ} was beaten to death by an angry mob in {loc}.",
    "a communal clash broke out between two ethnic groups in {loc}. {nf} fatalities.",
    "villagers attacked {police} who had come to arrest a suspect in {loc}, freeing the suspect.",
    "members of two rival student groups clashed on campus in {loc}.",
)
MOB_VIOL_NEWS = (
    "An angry mob lynched a man suspected of stealing a motorcycle in {town} {day}, {rep}.",
    "Communal violence between two groups in {town} left {n} people dead.",
    "A crowd beat a suspected thief to death in a market in {town}.",
    "Rival party supporters fought with sticks and machetes in {town} ahead of the vote.",
    "A mob torched homes belonging to members of a minority community near {town}, {rep}.",
    "Villagers attacked a health team in {town}, accusing them of spreading disease.",
    "Clashes between rival groups of youths in {town} left {n} injured, {rep}.",
    "A mob dragged a blasphemy suspect from a police station in {town} and killed him.",
)

# --------------------------------------------------------------------------- strategic developments
AGREEMENT_NOTE = (
    "{army_or_gov} and {group} signed a <ceasefire|peace agreement|truce|memorandum of understanding> in {loc}.",
    "{group} and {group2} agreed to a ceasefire in {loc}.",
    "{n} {group_short} fighters surrendered to {army} in {loc} and handed over their weapons.",
    "{army_or_gov} and {group} carried out a prisoner exchange in {loc}.",
    "{group} released {n} hostages in {loc} as part of a deal with the authorities.",
    "leaders of the two communities signed a peace accord in {loc} ending months of clashes.",
    "{army_or_gov} and {group} reached an agreement in {loc} to open a humanitarian corridor.",
    "{n} members of {group} laid down their arms and handed themselves in to the army in {loc}.",
    "a local truce was agreed between {army} and {group} in {loc} to allow the evacuation of civilians.",
)
AGREEMENT_NEWS = (
    "The government and {group} signed a peace deal in {town} {day}, {rep}.",
    "The warring parties agreed to a ceasefire that will take effect at midnight.",
    "{adj} officials and rebel leaders reached an accord to end the fighting in {admin}.",
    "The two sides swapped {n} prisoners in a deal brokered by mediators.",
    "Dozens of {group_short} fighters surrendered to the authorities in {town}, {rep}.",
    "Community elders brokered a truce between rival clans near {town}.",
    "The rebels agreed to a humanitarian pause to allow aid into {town}.",
    "Negotiators announced an agreement on the withdrawal of forces and the exchange of detainees.",
)

ARREST_NOTE = (
    "{police} arrested {n} <members|leaders|activists|supporters> of {party} in {loc}.",
    "{police} arrested {arrestee} in {loc} <on charges of sedition|for alleged links to {group}|over a social media post|on corruption charges>.",
    "{police} detained {n} suspected {group_short} members in {loc}.",
    "{arrestee} was arrested by {police} in {loc}.",
    "{police} raided the house of {arrestee} in {loc} and took him into custody.",
    "{army} detained {n} civilians in {loc} during a search operation.",
    "{police} apprehended {n} people in {loc} <for violating the curfew|ahead of a planned protest|accused of supporting the opposition>.",
    "{police} arrested {n} opposition members in {loc}.",
    "{arrestee} was taken into custody in {loc} <after returning from exile|on arrival at the airport|at a checkpoint>.",
)
ARREST_NEWS = (
    "Police arrested {arrestee} at his home in {town} {day}, {rep}.",
    "Authorities detained {n} opposition politicians in a pre-dawn raid in {town}.",
    "Security agents arrested a prominent journalist in {town}, his lawyer said.",
    "{n_cap} suspected militants were arrested in a police operation in {admin}, {rep}.",
    "A former minister was detained at the airport in {town} on corruption charges.",
    "Police rounded up dozens of activists in {town} ahead of the planned rally.",
    "The leader of {party} was taken into custody in {town} {day}, {rep}.",
    "Officers arrested {n} people accused of plotting against the state, {rep}.",
)

CHANGE_GROUP_NOTE = (
    "{group} announced the formation of a new armed wing in {loc}.",
    "{group} and {group2} announced their merger in {loc}.",
    "{group} appointed a new leader after the death of its commander in {loc}.",
    "a faction split from {group} in {loc} and declared a new group.",
    "{army} deployed <hundreds of troops|additional soldiers|special forces|reinforcements> to {loc}.",
    "{group} began recruiting young men in {loc}.",
    "{group} held a military training session for new recruits in {loc}.",
    "{group} relocated its fighters from {town} to {town2}.",
    "{group} announced that it would suspend its armed activities in {loc}.",
    "{group} militants imposed <a tax on|new rules on|a ban on music for> residents of {loc}.",
    "{army} launched a new military operation in {loc} and set up roadblocks.",
    "{group} paraded their fighters and weapons in {loc}.",
)
CHANGE_GROUP_NEWS = (
    "{group_cap} named a new leader following the death of its founder, {rep}.",
    "Several armed factions announced they were merging into a single coalition in {admin}.",
    "The army deployed thousands of troops to {admin} {day} ahead of an expected offensive.",
    "A breakaway faction of {group_short} announced the formation of a new movement.",
    "Rebel commanders said the group would shift its operations to {admin}.",
    "{group_cap} has started recruiting fighters in villages around {town}, {rep}.",
    "The militia announced it was dissolving and joining the national army.",
    "Government forces were redeployed from {town} to reinforce the front line in {admin}.",
)

DISR_WEAP_NOTE = (
    "{police} <defused|dismantled|neutralised> an IED planted <near|on> {target_place} in {loc}.",
    "{army} seized a cache of <weapons|arms and ammunition|explosives|rifles and grenades> in {loc}.",
    "{army} <intercepted|shot down> <a drone|two drones|a missile|a cruise missile|several rockets> over {loc}.",
    "a bomb disposal unit safely detonated an explosive device found in {loc}.",
    "{police} foiled a planned bomb attack in {loc} and recovered explosives.",
    "{army} downed a <drone|missile|surveillance drone> near {loc} before it reached its target.",
    "{police} discovered and destroyed a landmine on the road to {loc}.",
    "{army} recovered <weapons|ammunition|bomb-making materials> from a {group_short} hideout in {loc}.",
    "residents found an unexploded <mortar shell|grenade|bomb> in {loc}; it was removed by bomb experts.",
)
DISR_WEAP_NEWS = (
    "Air defences intercepted {n} missiles fired at {town} {day}, {rep}.",
    "Bomb experts defused an explosive device found near a school in {town}.",
    "Police foiled a plot to attack a church in {town}, seizing explosives and detonators.",
    "Troops uncovered a large weapons cache in {admin}, {rep}.",
    "Security forces seized rifles, grenades and ammunition from a militant hideout near {town}.",
    "Bomb experts made safe a device that had been fixed under a judge's car in {town}.",
    "The military said it had shot down drones launched towards {town} {day}.",
    "An explosive-laden vehicle was intercepted at a checkpoint before reaching {town}.",
)

HQ_NOTE = (
    "{group} established a <new base|camp|headquarters|military post> in {loc}.",
    "{army} set up a <new military base|forward operating base|permanent camp|military post> in {loc}.",
    "{group} set up its headquarters in {loc}.",
    "{group} established a training camp near {loc}.",
    "{army} built an outpost on a hill overlooking {loc}.",
    "{group} occupied a school building in {loc} and turned it into a base.",
)
HQ_NEWS = (
    "The insurgents have set up a base in the forest near {town}, {rep}.",
    "The army established a new camp in {admin} to secure the border.",
    "{group_cap} has moved its headquarters to {town}, {rep}.",
    "Troops built a forward operating base outside {town} {day}.",
    "Militants set up camp in abandoned villages near {town}, residents said.",
    "The rebels established a command post in {town} after the army withdrew.",
)

NV_TRANSFER_NOTE = (
    "{army} withdrew from {loc} and {group} moved in without fighting.",
    "{group} took control of {loc} without resistance after {army} left the area.",
    "{army} handed over control of {loc} to {army2}.",
    "{group} withdrew from {loc}, and {army} entered the town without clashes.",
    "{army} pulled out of {n} positions around {loc}.",
    "control of {loc} was transferred peacefully from {group} to local authorities.",
)
NV_TRANSFER_NEWS = (
    "Government troops pulled out of {town} {day}, leaving the town to the rebels, {rep}.",
    "The militants withdrew from {town} without a fight and the army moved back in.",
    "Peacekeepers handed over their base in {town} to the national army.",
    "Rebels entered {town} unopposed after soldiers abandoned their posts.",
    "Forces loyal to the government retreated from {town} overnight, {rep}.",
    "Control of the border crossing near {town} was handed to {group_short} under a local deal.",
)

PROPERTY_NOTE = (
    "{perp} <burned|torched|set fire to> <houses|huts|a school|a health centre|a church|a mosque|granaries> in {loc}.",
    "{perp} looted shops and homes in {loc}.",
    "{perp} destroyed <a telecommunications mast|a bridge|crops|a water pump|a power line|a vehicle> in {loc}.",
    "{perp} vandalised the office of {party} in {loc}.",
    "unidentified persons set fire to <a police post|a polling station|the house of a local official|a party office> in {loc}.",
    "{perp} looted livestock and property in the village of {village} ({admin}).",
    "{army} demolished <homes|shops|market stalls> in {loc}.",
    "{perp} broke into <a warehouse|a health facility|a school> in {loc} and stole <food aid|medicine|equipment>.",
    "{perp} <destroyed|damaged> a <railway line|pipeline|power station> in {loc}.",
)
PROPERTY_NEWS = (
    "Arsonists torched a school in {town} overnight, {rep}.",
    "Militants burned down dozens of homes in a village near {town}.",
    "Looters ransacked shops in {town} {day}, {rep}.",
    "A mobile phone mast was destroyed by unknown attackers in {admin}.",
    "Armed men looted a warehouse of food aid in {town}.",
    "Saboteurs blew up a section of a pipeline near {town}, {rep}.",
    "Unknown people set fire to a polling station in {town} on the eve of the vote.",
    "Bulldozers demolished homes in {town} despite residents' objections.",
)

OTHER_NOTE = (
    "{army_or_gov} imposed a <curfew|24-hour curfew|dusk-to-dawn curfew> in {loc}.",
    "authorities declared a state of emergency in {loc}.",
    "{group} released {n} detainees in {loc}.",
    "{army_or_gov} shut down the internet in {loc}.",
    "{army} conducted a <search|cordon-and-search|house-to-house search> operation in {loc}. No arrests were reported.",
    "a coup attempt was reported in {loc}; troops took over the state broadcaster.",
    "{army_or_gov} banned all public gatherings in {loc}.",
    "{group} <erected|set up> checkpoints on the roads leading to {loc}.",
)
OTHER_NEWS = (
    "Authorities imposed a curfew in {town} {day}, {rep}.",
    "A state of emergency was declared in {admin} for three months.",
    "Soldiers seized the state television building in {town} and announced the suspension of the constitution.",
    "The internet was cut off across {admin} {day}, {rep}.",
    "The authorities released {n} political prisoners in {town}.",
    "The military closed all roads into {town} and banned motorcycle traffic.",
)

# --------------------------------------------------------------------------- unseen labels (news)
ORG_CRIME_NEWS = (
    "Police seized {n} kilograms of cocaine hidden in a shipment of bananas at the port of {town}, {rep}.",
    "A gang of armed robbers raided a bank in {town} {day} and escaped with cash.",
    "Authorities dismantled a human trafficking ring that smuggled migrants through {admin}.",
    "Customs officers in {town} intercepted a truck carrying counterfeit medicines.",
    "A drug cartel has been extorting shop owners in {town}, {rep}.",
    "Investigators uncovered a money laundering network operating from {town}.",
    "Hackers stole millions from a bank's accounts in a cyber fraud scheme, {rep}.",
    "Police arrested members of a gang smuggling fuel across the border near {town}.",
    "Robbers shot a shopkeeper during a break-in at a jewellery store in {town}.",
    "Illegal gold miners linked to a criminal network were found operating near {town}.",
    "A corruption scandal involving procurement officials in {town} has led to charges.",
    "Wildlife traffickers were caught with elephant tusks at the airport in {town}.",
    "Armed bandits hijacked a cargo truck and stole its load on the highway near {town}.",
    "Police broke up a gang that stole cars in {town} and sold them across the border.",
    "A criminal gang kidnapped a businessman for ransom in {town}, police said.",
    "Drug traffickers opened fire on police during a raid on a methamphetamine lab in {admin}.",
    "Police said the murder of the trader in {town} was linked to a debt owed to a loan shark gang.",
    "A smuggling network moving cigarettes and alcohol through {admin} was broken up by customs.",
    "Thieves stole copper cables from the railway near {town}, disrupting train services.",
    "An online scam ring that defrauded thousands of victims was dismantled in {town}.",
    "A notorious gang leader wanted for extortion and armed robbery was captured in {town}.",
    "Officers seized {n} tonnes of cannabis from a warehouse in {town}.",
)
NATURAL_DISASTER_NEWS = (
    "A magnitude {mag} earthquake struck {admin} {day}, killing at least {n} people, {rep}.",
    "Flash floods swept through {town} after days of heavy rain, {rep}.",
    "A cyclone made landfall near {town}, forcing thousands to evacuate.",
    "A landslide buried several houses in a village near {town} {day}.",
    "Wildfires have burned thousands of hectares of forest in {admin}.",
    "A volcano near {town} erupted, spewing ash over nearby villages.",
    "Health officials reported {n} new cholera cases in {admin} this week.",
    "The number of COVID-19 infections in {admin} rose sharply, with hundreds of new cases reported.",
    "Drought has left millions facing hunger across {admin}, {rep}.",
    "Torrential monsoon rains flooded large parts of {town}, killing {n} people.",
    "A tropical storm battered the coast near {town} with strong winds and heavy rain.",
    "Swarms of locusts destroyed crops across {admin}, officials said.",
    "An outbreak of Ebola was declared in {admin} after {n} cases were confirmed.",
    "A heatwave with temperatures above 45 degrees killed {n} people in {admin}.",
    "Avalanches blocked roads and cut off villages in the mountains of {admin}.",
    "A tsunami warning was issued after a strong undersea quake off {admin}.",
    "Rivers burst their banks across {admin}, displacing thousands of families, {rep}.",
    "A bushfire destroyed dozens of homes on the outskirts of {town}.",
    "Heavy snowfall and freezing temperatures killed {n} people in {admin}.",
    "Dengue fever cases surged in {town}, overwhelming local hospitals.",
)
MAN_MADE_DISASTER_NEWS = (
    "A fire broke out at a chemical factory in {town} {day}, killing {n} workers, {rep}.",
    "A bus plunged into a ravine near {town}, killing {n} passengers.",
    "A passenger train derailed outside {town}, injuring dozens, {rep}.",
    "A five-storey building collapsed in {town}, trapping residents under the rubble.",
    "A gas explosion at an apartment block in {town} killed {n} people.",
    "An oil spill from a damaged pipeline polluted rivers near {town}.",
    "{n_cap} miners were trapped after a tunnel collapsed at a coal mine in {admin}.",
    "An overloaded ferry capsized on a river near {town}, {rep}.",
    "A fuel tanker overturned and exploded on the highway near {town}.",
    "A blaze at a crowded market in {town} destroyed hundreds of stalls.",
    "A dam burst near {town}, flooding villages downstream.",
    "A toxic gas leak at a plant in {town} sent dozens to hospital.",
    "A massive blast at a fireworks warehouse in {town} shook the city.",
    "A power grid failure left millions without electricity across {admin}.",
    "Contaminated cooking oil sickened hundreds of people in {town}, health officials said.",
    "A plane crashed shortly after take-off from {town}, killing all on board.",
    "A boiler explosion at a garment factory in {town} killed {n} workers.",
    "A road accident involving a truck and a minibus killed {n} people near {town}.",
    "A bridge collapsed in {town} as vehicles were crossing it, {rep}.",
    "A fire at a hospital ward in {town} killed {n} patients.",
)
DIPLO_NEWS = (
    "{adj_cap} authorities imposed sanctions on officials accused of abuses in {country2}.",
    "The government expelled {n} diplomats from {country2} over spying allegations.",
    "{adj_cap} recalled its ambassador from {country2} in protest at the attack.",
    "The foreign ministry condemned the strikes on {town} and called for restraint.",
    "The UN Security Council called on all parties in {country} to end the violence.",
    "{adj_cap} closed its embassy in {country2}, citing security concerns.",
    "The United States warned {country} of consequences if the crackdown continues.",
    "The European Union imposed an arms embargo on {country} over the conflict.",
    "{adj_cap} summoned the ambassador of {country2} over remarks by its president.",
    "The African Union suspended {country} after the military seized power.",
    "Foreign ministers urged {country} to hold talks with the rebels.",
    "The president praised the security forces for their efforts against {group_short}.",
    "{adj_cap} threatened to cut diplomatic ties with {country2} over the border dispute.",
    "The UN envoy called for an immediate ceasefire in {admin}.",
    "{adj_cap} officials denounced the sanctions as illegal interference.",
    "{country2_cap} announced a travel ban on {adj} officials over human rights abuses.",
    "Western countries demanded the release of opposition leaders detained in {country}.",
    "{adj_cap} and {country2} agreed to restore diplomatic relations after a two-year rift.",
)
ATTRIB_NEWS = (
    "{group_cap} claimed responsibility for the bombing in {town} that killed {n} people.",
    "{group_cap} said it was behind the attack on the army base near {town}.",
    "The government blamed {group_short} for the massacre in {admin}.",
    "{group_cap} denied any involvement in the killing of the aid workers in {town}.",
    "Officials accused {group_short} of carrying out the attack on {town}, {rep}.",
    "Islamic State claimed the suicide attack in {town} through its news agency.",
    "No group claimed the assassination, but police suspected {group_short}.",
    "{group_cap} took responsibility for the ambush that killed {n} soldiers in {admin}.",
    "The rebels denied they had shelled {town} and blamed government forces.",
    "Authorities attributed the explosion in {town} to {group_short}, {rep}.",
    "{group_cap} issued a statement claiming the drone attack on {town}.",
    "The army accused {group_short} of planting the landmines that killed {n} villagers.",
    "{group_cap} rejected accusations that its fighters were responsible for the kidnapping.",
    "In a video, {group_short} said its fighters had carried out the raid on {town}.",
)

LABEL_TEMPLATES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ARMED_CLASH": (ARMED_CLASH_NOTE, ARMED_CLASH_NEWS),
    "GOV_REGAINS_TERIT": (GOV_REGAINS_NOTE, GOV_REGAINS_NEWS),
    "NON_STATE_ACTOR_OVERTAKES_TER": (NSA_OVERTAKES_NOTE, NSA_OVERTAKES_NEWS),
    "CHEM_WEAP": (CHEM_NOTE, CHEM_NEWS),
    "AIR_STRIKE": (AIR_STRIKE_NOTE, AIR_STRIKE_NEWS),
    "SUIC_BOMB": (SUIC_BOMB_NOTE, SUIC_BOMB_NEWS),
    "ART_MISS_ATTACK": (SHELLING_NOTE, SHELLING_NEWS),
    "REM_EXPLOS": (REM_EXPLOS_NOTE, REM_EXPLOS_NEWS),
    "GRENADE": (GRENADE_NOTE, GRENADE_NEWS),
    "SEX_VIOL": (SEX_VIOL_NOTE, SEX_VIOL_NEWS),
    "ATTACK": (ATTACK_NOTE, ATTACK_NEWS),
    "ABDUCT_DISSAP": (ABDUCT_NOTE, ABDUCT_NEWS),
    "PEACE_PROTEST": (PEACE_PROTEST_NOTE, PEACE_PROTEST_NEWS),
    "PROTEST_WITH_INTER": (PROTEST_INTER_NOTE, PROTEST_INTER_NEWS),
    "FORCE_AGAINST_PROTEST": (FORCE_PROTEST_NOTE, FORCE_PROTEST_NEWS),
    "VIOL_DEMONSTR": (VIOL_DEMO_NOTE, VIOL_DEMO_NEWS),
    "MOB_VIOL": (MOB_VIOL_NOTE, MOB_VIOL_NEWS),
    "AGREEMENT": (AGREEMENT_NOTE, AGREEMENT_NEWS),
    "ARREST": (ARREST_NOTE, ARREST_NEWS),
    "CHANGE_TO_GROUP_ACT": (CHANGE_GROUP_NOTE, CHANGE_GROUP_NEWS),
    "DISR_WEAP": (DISR_WEAP_NOTE, DISR_WEAP_NEWS),
    "HQ_ESTABLISHED": (HQ_NOTE, HQ_NEWS),
    "NON_VIOL_TERRIT_TRANSFER": (NV_TRANSFER_NOTE, NV_TRANSFER_NEWS),
    "PROPERTY_DISTRUCT": (PROPERTY_NOTE, PROPERTY_NEWS),
    "OTHER": (OTHER_NOTE, OTHER_NEWS),
    # labels outside ACLED never appear in ACLED notes: news style only
    "ORG_CRIME": ((), ORG_CRIME_NEWS),
    "NATURAL_DISASTER": ((), NATURAL_DISASTER_NEWS),
    "MAN_MADE_DISASTER": ((), MAN_MADE_DISASTER_NEWS),
    "DIPLO": ((), DIPLO_NEWS),
    "ATTRIB": ((), ATTRIB_NEWS),
}

PROTEST_LABELS = frozenset({"PEACE_PROTEST", "PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST",
                            "VIOL_DEMONSTR"})
# share of a label's examples written as ACLED notes (the rest are news sentences)
NOTE_SHARE: dict[str, float] = {}
DEFAULT_NOTE_SHARE = 0.55


# --------------------------------------------------------------------------- codebook distinctions
# Written from the ACLED codebook's definitions: who the target is, and whether a crowd
# is demonstrating, decide between neighbouring labels.

# Violence against armed or security personnel is a battle; against civilians, an attack.
ARMED_CLASH_NOTE += (
    "{group} ambushed <soldiers|a police unit|a gendarmerie patrol|militiamen> near {loc}, killing {n} of them.",
    "{group} stormed a <police post|military camp|border post|army outpost> in {loc}; the defenders fought back.",
    "gunmen killed {n} <police officers|soldiers|customs officers|prison guards> in an attack on their post in {loc}.",
    "{police} and suspected <kidnappers|armed robbers|gang members|bandits> traded gunfire in {loc}. <{nf} fatalities.|Casualties unknown.>",
    "two rival <gangs|militias|armed factions|cartels> fought each other in {loc}. <{nf} fatalities.|Casualties unknown.>",
    "{group} fighters opened fire on a {army_short} convoy in {loc}, and the troops returned fire.",
)
ARMED_CLASH_NEWS += (
    "{n_cap} soldiers died when insurgents overran their positions for several hours before reinforcements arrived near {town}.",
    "Suspected militants opened fire on a police patrol in {town}, triggering a shootout, {rep}.",
    "Rival drug gangs battled with assault rifles in the streets of {town} {day}.",
    "Rebels and pro-government militias fought over a strategic bridge near {town}, {rep}.",
)
ATTACK_NOTE += (
    "{perp} shot dead {civ} on the road to {loc}.",
    "{police} beat and tortured {civ} during an interrogation in {loc}.",
    "{perp} set fire to a house in {loc} with its occupants inside, killing {n} civilians.",
    "{perp} opened fire on people drinking at a bar in {loc}, killing {n}.",
)
ATTACK_NEWS += (
    "Soldiers beat villagers they accused of sheltering rebels in {admin}, {rep}.",
    "A family of five was shot dead in their home in {town} {day}.",
    "An unarmed teenager died after being beaten by soldiers at a checkpoint in {town}.",
)
# A riot with no demonstration behind it is mob violence.
MOB_VIOL_NOTE += (
    "youths from two neighbourhoods fought with knives and stones in {loc}. <{nf} people were injured.|Casualties unknown.>",
    "football supporters clashed after a match in {loc}, damaging cars.",
    "an angry crowd attacked the police post in {loc} after a road accident involving a police vehicle.",
    "members of two clans fought over a disputed well in {loc}, killing {n}.",
    "followers of two religious groups clashed in {loc} during a procession.",
    "party activists of {party} and {party2} attacked each other with sticks during campaigning in {loc}.",
)
MOB_VIOL_NEWS += (
    "Fans of rival football clubs fought running battles in {town} after the derby.",
    "An angry crowd set fire to a police post in {town} after a motorcyclist was killed by a police car.",
    "Ethnic violence flared in {town} as rival groups burned homes and attacked each other, {rep}.",
    "Villagers beat to death a man they suspected of poisoning their wells in {admin}.",
)
# Demonstrators who block roads with barricades or burning tyres, vandalise or fight are violent.
VIOL_DEMO_NOTE += (
    "{people} erected barricades of <burning tyres|rocks|branches|old cars> on the main road in {loc} {demand}.",
    "{people} protesting in {loc} {demand} broke into {venue_short} and destroyed furniture.",
    "{people} protesting in {loc} {demand} threw stones at passing vehicles.",
    "{people} demonstrated in {loc} {demand} and set fire to the car of a local official.",
)
VIOL_DEMO_NEWS += (
    "Demonstrators set up flaming barricades across the main roads of {town} {demand}.",
    "Protesters smashed the windows of banks and ministries in {town} {day}, {rep}.",
    "Youths protesting {demand} stoned police vehicles in {town}.",
    "Several officers were hurt when protesters hurled bottles and stones during a march in {town}.",
)
# Authorities step in without serious injury: intervention.
PROTEST_INTER_NOTE += (
    "{police} confiscated the banners of {people} protesting in {loc} and detained {n} of them.",
    "{people} tried to march to {venue_short} in {loc} {demand}, but {police} blocked the route and pushed them back.",
    "a rally of {people} in {loc} {demand} was banned and {police} detained those who gathered.",
)
PROTEST_INTER_NEWS += (
    "Police hauled away protesters who had chained themselves to the gates of the ministry in {town}.",
    "Officers pushed back a crowd of {people} trying to reach parliament in {town} and took several into custody.",
    "Authorities broke up a sit-in by {people} in {town} and cleared their tents overnight.",
)
FORCE_PROTEST_NEWS += (
    "Security forces killed {n} people as they opened fire to scatter a rally in {town}, {rep}.",
    "Troops used machine guns against crowds of unarmed protesters in {town}, leaving many dead.",
)
PEACE_PROTEST_NEWS += (
    "Thousands rallied in {town} {day} in support of the opposition leader.",
    "Demonstrators hold placards during a protest {demand} in {town}, {country}.",
    "Students marched through central {town} to demand action on climate change.",
    "Workers staged a one-day strike and rally outside the factory gates in {town}.",
    "Residents formed a human chain along the seafront in {town} {demand}.",
)
# Territory: the actor decides (government retakes vs non-state group takes).
GOV_REGAINS_NEWS += (
    "{army_cap} took control of {town} after pushing out {group_short} fighters, {rep}.",
    "Government forces captured the last {group_short} stronghold in {admin} after a week of fighting.",
    "The army said its troops had seized back two districts of {admin} from the rebels.",
)
NSA_OVERTAKES_NEWS += (
    "{group_cap} regained the town of {town}, which the army had taken from them last year.",
    "Militants took over a string of villages in {admin} after government troops abandoned them under fire.",
    "Jihadist fighters captured a military base near {town} and seized its weapons, {rep}.",
)
DISR_WEAP_NEWS += (
    "The army said it had confiscated weapons and bomb-making equipment from a militant hideout in {admin}.",
    "Air defence units intercepted a ballistic missile fired towards {town} {day}, {rep}.",
    "Soldiers found and destroyed a bomb factory in {admin}, seizing hundreds of detonators.",
    "Police intercepted a car loaded with explosives at the entrance to {town}, averting an attack.",
)
CHANGE_GROUP_NEWS += (
    "The rebels announced a new command structure after weeks of infighting.",
    "Hundreds of fighters of {group_short} crossed into {admin} and set up positions, {rep}.",
    "The armed group said it would henceforth target only military installations.",
)
OTHER_NEWS += (
    "Authorities evacuated residents of {town} ahead of an expected offensive.",
    "The junta suspended the constitution and dissolved all political parties.",
)
ORG_CRIME_NEWS += (
    "Police raided an illegal casino run by a crime syndicate in {town}.",
    "Coast guards intercepted a boat carrying migrants and arrested the smugglers near {town}.",
    "A gang that forged passports and visas was broken up in {town}, {rep}.",
    "Investigators traced a phishing scheme that emptied hundreds of bank accounts to a group in {town}.",
    "Gangs are extorting protection money from bus operators in {town}, {rep}.",
)
MAN_MADE_DISASTER_NEWS += (
    "A fire at a fireworks factory near {town} killed {n} workers.",
    "Two ships collided off {town}, spilling fuel into the sea.",
    "Dozens fell ill after eating contaminated meat at a wedding in {town}.",
    "A radiation leak at a research reactor forced the evacuation of nearby villages.",
    "An ammonia leak at a cold storage plant in {town} killed {n} people.",
)
NATURAL_DISASTER_NEWS += (
    "Strong winds and hail damaged hundreds of homes in {admin} overnight.",
    "A new wave of infections has filled hospitals across {admin}, {rep}.",
)
DIPLO_NEWS += (
    "{adj_cap} leaders welcomed the ceasefire and pledged support for the peace process.",
    "The government lodged a formal protest with {country2} over the shelling of its border villages.",
    "Ministers agreed to freeze the assets of {adj} officials linked to the crackdown.",
)
ATTRIB_NEWS += (
    "Investigators said the attack on {town} was carried out by {group_short}, {rep}.",
    "The group distanced itself from the bombing in {town} and condemned it.",
    "{country2_cap} held {country} responsible for the drone attacks on its oil facilities.",
    "The militia said rival fighters, not its own men, were behind the massacre.",
)
LABEL_TEMPLATES.update({
    "ARMED_CLASH": (ARMED_CLASH_NOTE, ARMED_CLASH_NEWS),
    "ATTACK": (ATTACK_NOTE, ATTACK_NEWS),
    "MOB_VIOL": (MOB_VIOL_NOTE, MOB_VIOL_NEWS),
    "VIOL_DEMONSTR": (VIOL_DEMO_NOTE, VIOL_DEMO_NEWS),
    "PROTEST_WITH_INTER": (PROTEST_INTER_NOTE, PROTEST_INTER_NEWS),
    "FORCE_AGAINST_PROTEST": (FORCE_PROTEST_NOTE, FORCE_PROTEST_NEWS),
    "PEACE_PROTEST": (PEACE_PROTEST_NOTE, PEACE_PROTEST_NEWS),
    "GOV_REGAINS_TERIT": (GOV_REGAINS_NOTE, GOV_REGAINS_NEWS),
    "NON_STATE_ACTOR_OVERTAKES_TER": (NSA_OVERTAKES_NOTE, NSA_OVERTAKES_NEWS),
    "DISR_WEAP": (DISR_WEAP_NOTE, DISR_WEAP_NEWS),
    "CHANGE_TO_GROUP_ACT": (CHANGE_GROUP_NOTE, CHANGE_GROUP_NEWS),
    "OTHER": (OTHER_NOTE, OTHER_NEWS),
    "ORG_CRIME": ((), ORG_CRIME_NEWS),
    "MAN_MADE_DISASTER": ((), MAN_MADE_DISASTER_NEWS),
    "NATURAL_DISASTER": ((), NATURAL_DISASTER_NEWS),
    "DIPLO": ((), DIPLO_NEWS),
    "ATTRIB": ((), ATTRIB_NEWS),
})


# --------------------------------------------------------------------------- battles and riots, more
# Ground fighting stays an armed clash even when artillery, drones or aircraft join in.
ARMED_CLASH_NOTE += (
    "{army} attempted to advance towards {loc} but were pushed back by {group}. <Casualties unknown.|{nf} fatalities.>",
    "{army} launched a counter-offensive against {group} near {loc}; fighting continued into the night.",
    "fighting between {army} and {group} took place in {loc}. Both sides used artillery and small arms. Casualties unknown.",
    "{group} attacked a {army_short} column travelling through {loc}. The troops responded with heavy weapons and helicopter support.",
    "clashes continued along the front line near {loc} as {army} and {group} fought for control of the village.",
    "{group} and {army} fought in and around {loc}. <{group_short} said it killed {n} soldiers.|The army said {n} militants were killed.|Casualties unknown.>",
    "heavy fighting was reported in {loc} between {army} and {group}, who also shelled each other's positions.",
    "{group} attacked {police} in {loc}, sparking a gunfight. During the fighting houses were set on fire.",
    "{army} clashed with suspected {group_short} members during a patrol in {loc}. {nf} militants were killed and weapons were seized.",
    "{group} killed {n} members of a pro-government militia in an attack on their camp in {loc}.",
    "unidentified gunmen attacked soldiers guarding a bridge in {loc}. <Casualties unknown.|{nf} fatalities.>",
    "{police} clashed with {group} in {loc} after the group attacked a police station.",
)
ARMED_CLASH_NEWS += (
    "Fighting raged for a second day around {town} as government troops tried to dislodge {group_short} fighters, {rep}.",
    "The army said it had killed {n} insurgents who attacked a military post near {town}, losing two soldiers.",
    "Clashes between security forces and gunmen in {admin} left {n} dead on both sides, {rep}.",
)
# Riots: violent or destructive demonstrations, and mobs outside any demonstration.
VIOL_DEMO_NOTE += (
    "{people} protesting in {loc} {demand} clashed with supporters of {party}, throwing stones at each other.",
    "during a demonstration in {loc} {demand}, {people} damaged <a police vehicle|the windows of the town hall|a ticket office|public property>.",
    "{people} stormed {venue_short} in {loc} {demand}, breaking doors and windows.",
    "{people} demonstrating in {loc} {demand} attacked {police} officers with sticks. <{nf} officers were injured.|Several people were injured.>",
    "{people} held a protest in {loc} {demand} that turned violent when some participants <burned a vehicle|threw rocks at police|set tyres on fire>.",
)
VIOL_DEMO_NEWS += (
    "Protesters {demand} set fire to a government office in {town} and fought with police, {rep}.",
    "A march {demand} in {town} descended into violence as demonstrators attacked shops and police vans.",
)
MOB_VIOL_NOTE += (
    "villagers set upon a <suspected thief|man they accused of witchcraft|tax collector|health worker> in {loc}<.|, injuring him seriously.| and burned his house.>",
    "members of {party} attacked supporters of {party2} with machetes in {loc}. <{nf} people were injured.|{nf} fatalities.>",
    "a crowd attacked {police} officers who were trying to arrest a suspect in {loc}.",
    "{people} clashed with residents of a neighbouring village in {loc} over <a land dispute|a water source|a boundary|grazing rights>.",
    "a clash broke out between two groups of students at a school in {loc}; several were injured.",
    "rioters attacked and looted shops in {loc} after rumours spread about a killing.",
)
MOB_VIOL_NEWS += (
    "Supporters of rival politicians fought with clubs and stones in {town} during the election campaign.",
    "A crowd stoned a police patrol in {town} after officers tried to detain a local man, {rep}.",
)
LABEL_TEMPLATES.update({
    "ARMED_CLASH": (ARMED_CLASH_NOTE, ARMED_CLASH_NEWS),
    "VIOL_DEMONSTR": (VIOL_DEMO_NOTE, VIOL_DEMO_NEWS),
    "MOB_VIOL": (MOB_VIOL_NOTE, MOB_VIOL_NEWS),
})


# --------------------------------------------------------------------------- protests in news style, more
# Force likely to cause serious injury or death (live fire, beatings that send people to
# hospital, rubber bullets fired into faces) is excessive force; dispersal without serious
# injury is intervention; violence by the demonstrators themselves is a riot.
FORCE_PROTEST_NEWS += (
    "Dozens of demonstrators were hospitalised after riot police beat them with clubs in {town}, {rep}.",
    "Police fired rubber bullets at close range into a peaceful crowd in {town}, blinding several protesters.",
    "A student was killed and dozens wounded when troops fired on a campus protest in {town}.",
    "Officers severely beat peaceful marchers in {town}, leaving {n} in critical condition.",
    "Medics said {n} protesters suffered gunshot wounds after security forces opened fire in {town}.",
    "Police used live ammunition and tear gas against a crowd demanding {demand_short} in {town}, killing {n}.",
)
FORCE_PROTEST_NOTE += (
    "{police} severely beat {people} holding a peaceful sit-in in {loc}; {nf} were hospitalised.",
    "{police} fired rubber bullets at the faces of {people} protesting peacefully in {loc}, seriously injuring {n}.",
)
PROTEST_INTER_NEWS += (
    "Police fired tear gas to scatter a peaceful march in {town}; no injuries were reported.",
    "Riot police pushed back protesters with shields and arrested {n} people in {town}, {rep}.",
    "Authorities detained the organisers of a banned rally in {town} before it could begin.",
    "Police cleared a protest camp outside parliament in {town} and detained several activists.",
)
PEACE_PROTEST_NEWS += (
    "Tens of thousands marched peacefully through {town} {day} calling for {demand_short}.",
    "Opposition supporters held a rally in {town} {day} without incident, {rep}.",
    "Hundreds of {people} demonstrated outside the {venue_name} in {town} {demand}.",
    "Protesters waved flags and chanted slogans in central {town} as the rally passed off peacefully.",
    "{people_cap} across {country} stayed away from work and joined marches {demand}.",
    "Demonstrators gathered again in {town} for a third straight day {demand}.",
)
VIOL_DEMO_NEWS += (
    "Protesters hurled stones and set tyres ablaze in {town} as anger over {demand_short} boiled over.",
    "Several police officers were injured when demonstrators attacked them with bricks in {town}, {rep}.",
    "Demonstrators torched cars and looted shops in {town} during protests {demand}.",
    "Clashes broke out in {town} when protesters tried to storm the governor's office.",
    "Protesters vandalised the headquarters of the ruling party in {town} {day}.",
)
MOB_VIOL_NEWS += (
    "Rioters looted shops and set buildings alight in {town} after a dispute between two communities.",
    "A crowd attacked a bus carrying supporters of a rival team near {town}, {rep}.",
    "Looters ransacked stores in {town} as the unrest spread to neighbouring districts.",
)
LABEL_TEMPLATES.update({
    "FORCE_AGAINST_PROTEST": (FORCE_PROTEST_NOTE, FORCE_PROTEST_NEWS),
    "PROTEST_WITH_INTER": (PROTEST_INTER_NOTE, PROTEST_INTER_NEWS),
    "PEACE_PROTEST": (PEACE_PROTEST_NOTE, PEACE_PROTEST_NEWS),
    "VIOL_DEMONSTR": (VIOL_DEMO_NOTE, VIOL_DEMO_NEWS),
    "MOB_VIOL": (MOB_VIOL_NOTE, MOB_VIOL_NEWS),
})


# --------------------------------------------------------------------------- strategic and unseen, more
NV_TRANSFER_NEWS += (
    "Under a deal brokered by tribal elders, the militants left {town} and handed it to the local police.",
    "Foreign troops completed their withdrawal from the base near {town}, handing it to the national army.",
    "The rebels pulled back from positions around {town} as part of the agreement, {rep}.",
    "Government forces moved into {town} after the militia withdrew overnight without a fight.",
)
NV_TRANSFER_NOTE += (
    "{group} evacuated its positions in {loc}, which were then occupied by {army} without fighting.",
    "{army} took over the positions abandoned by {group} in {loc}.",
)
HQ_NEWS += (
    "The armed group has built a fortified base in the hills above {town}, {rep}.",
    "Soldiers set up a new forward base near {town} to cut off rebel supply lines.",
    "Militants turned a seized school in {town} into their local headquarters.",
)
OTHER_NEWS += (
    "The army declared {admin} a military zone and barred journalists from entering.",
    "A mass grave containing dozens of bodies was discovered near {town}, {rep}.",
    "The military closed all roads into {town} and banned motorcycle traffic.",
)
CHANGE_GROUP_NEWS += (
    "The insurgent alliance announced that two of its factions had joined forces under a single commander.",
    "{group_cap} said it had appointed a new spokesman and restructured its military council.",
    "Thousands of troops were sent to reinforce the border in {admin}, {rep}.",
    "The militia began training hundreds of new recruits at a camp near {town}.",
)
AGREEMENT_NEWS += (
    "Fighters handed in their weapons at a disarmament ceremony in {town}, {rep}.",
    "The government and the rebels signed an accord allowing displaced people to return to {admin}.",
    "The two militias agreed a local truce after talks mediated by church leaders in {town}.",
)
ARREST_NEWS += (
    "Police detained {n} members of the opposition youth wing in overnight raids in {town}.",
    "A court ordered the arrest of the former army chief, who was taken into custody in {town}.",
    "Security services arrested a cleric accused of inciting violence in {town}, {rep}.",
)
PROPERTY_NEWS += (
    "Unknown assailants set fire to the offices of the electoral commission in {town}.",
    "Farmers said herders drove cattle through their fields near {town}, destroying the harvest.",
    "Rebels burned a number of houses and shops in a village near {town} before withdrawing.",
)
ORG_CRIME_NEWS += (
    "Police seized a shipment of counterfeit cigarettes worth millions at the port of {town}.",
    "A gang of car thieves operating across the border was dismantled near {town}, {rep}.",
    "A cartel-linked mayor was charged with laundering drug money through public contracts.",
    "Police busted a ring smuggling fuel and weapons across the border near {town}.",
    "A trafficking network that forced women into prostitution was broken up in {town}.",
    "Criminals posing as officials defrauded pensioners of their savings in {town}.",
)
MAN_MADE_DISASTER_NEWS += (
    "A passenger bus collided with a lorry near {town}, killing {n} people, {rep}.",
    "An explosion at a gas station in {town} killed {n} people and destroyed nearby homes.",
    "A landslide at a rubbish dump buried houses on the edge of {town}.",
    "A cargo ship ran aground and leaked fuel near the coast of {admin}.",
    "A crowd crush at a stadium in {town} left {n} people dead.",
)
NATURAL_DISASTER_NEWS += (
    "An earthquake jolted {admin} {day}, damaging buildings and cutting power, {rep}.",
    "Floods triggered by a week of rain submerged villages across {admin}.",
    "Health officials declared an outbreak of measles in {admin} after {n} children died.",
    "A powerful typhoon slammed into the coast near {town}, uprooting trees and flooding streets.",
)
DIPLO_NEWS += (
    "{country2_cap} and {country} agreed to reopen their embassies after years of frozen relations.",
    "{adj_cap} president urged the international community to act against the insurgents.",
    "The United Nations condemned the attack on peacekeepers in {admin} and called for justice.",
    "{country2_cap} imposed a ban on arms sales to {country}, citing the fighting in {admin}.",
)
ATTRIB_NEWS += (
    "{group_cap} said in a statement on its website that it had carried out the attack on {town}.",
    "Police blamed a local gang for the bombing in {town}, {rep}.",
    "The army accused {country2} of supplying the weapons used in the attack on {town}.",
    "{group_cap} denied responsibility for the kidnapping of the students in {admin}.",
)
DISR_WEAP_NOTE += (
    "{police} arrested {n} suspects and seized <rifles|pistols|grenades|explosives|ammunition> in {loc}.",
    "{army} defused <a car bomb|an IED|a landmine|an explosive device> planted near {loc}.",
)
LABEL_TEMPLATES.update({
    "NON_VIOL_TERRIT_TRANSFER": (NV_TRANSFER_NOTE, NV_TRANSFER_NEWS),
    "HQ_ESTABLISHED": (HQ_NOTE, HQ_NEWS),
    "OTHER": (OTHER_NOTE, OTHER_NEWS),
    "CHANGE_TO_GROUP_ACT": (CHANGE_GROUP_NOTE, CHANGE_GROUP_NEWS),
    "AGREEMENT": (AGREEMENT_NOTE, AGREEMENT_NEWS),
    "ARREST": (ARREST_NOTE, ARREST_NEWS),
    "PROPERTY_DISTRUCT": (PROPERTY_NOTE, PROPERTY_NEWS),
    "ORG_CRIME": ((), ORG_CRIME_NEWS),
    "MAN_MADE_DISASTER": ((), MAN_MADE_DISASTER_NEWS),
    "NATURAL_DISASTER": ((), NATURAL_DISASTER_NEWS),
    "DIPLO": ((), DIPLO_NEWS),
    "ATTRIB": ((), ATTRIB_NEWS),
    "DISR_WEAP": (DISR_WEAP_NOTE, DISR_WEAP_NEWS),
})


# --------------------------------------------------------------------------- neighbours, once more
# The codebook's tests again, in more phrasings: a one-sided attack on armed or security
# personnel (police, soldiers, members of a gang or militia) is still an armed clash; roads
# blocked with fire, barricades or vehicles make a demonstration violent; a protest *about*
# arrests or killings is peaceful unless someone acts against the crowd itself.
ARMED_CLASH_NOTE += (
    "{perp} shot and killed {n} <police officers|soldiers|gendarmes|members of the local militia|prison guards> in {loc}. <{nf} fatalities.|>",
    "in {loc}, a <police officer|soldier|member of a local armed group|gang member|militia member> was shot and killed by <unidentified armed men|unknown gunmen|armed individuals>. <1 fatality.|>",
    "in {loc}, members of a <criminal gang|drug cartel|local gang|police militia> shot and killed {n} members of a rival <gang|group|faction>. <{nf} fatalities.|>",
    "{group} claimed <killing|to have killed> {n} <soldiers|members of the security forces|policemen|militiamen> in {loc}.",
    "{police} shot and killed a suspected <gang member|armed robber|militant> who opened fire on them in {loc}. A firearm was seized.",
    "{group} attacked the positions of {group2} in {loc}, killing {n} of their members.",
)
ATTACK_NOTE += (
    "in {loc}, {civ} was shot and killed by unidentified armed men while walking home. <1 fatality.|>",
    "{perp} attacked civilians in {loc}, killing {n} people and burning houses. <{nf} fatalities.|Casualties unknown.>",
    "{perp} stormed a village in {loc} and killed {n} residents. <{nf} fatalities.|>",
    "{army} fired at civilians near {loc}, killing {civ}.",
    "the body of {civ} was found with gunshot wounds in {loc}; the victim had been kidnapped and killed by {perp}. <1 fatality.|>",
    "{perp} shot and wounded {civ} in {loc}. No fatalities.",
    "{perp} beat {civ} to death in {loc} for refusing to pay a levy.",
    "{perp} shot and killed {civ} in {loc}. <1 fatality.|>",
    "in {loc}, {perp} shot and killed {civ} <in front of his house|at a market|on a motorcycle|in a bar>. <1 fatality.|>",
    "in {loc}, {civ} was killed by {perp}; the motive is unknown. <1 fatality.|>",
    "{perp} opened fire on a <bus|house|group of people|vehicle> in {loc}, killing {civ}.",
    "{perp} shot and wounded {n} people in a drive-by shooting in {loc}. <1 fatality.|No fatalities.>",
)
VIOL_DEMO_NOTE += (
    "{people} blocked <an avenue|the highway|a main road|the main square> in {loc} by setting <obstacles|tyres|debris|garbage> on fire {demand}.",
    "{people} demonstrated in {loc} {demand}. The demonstrators burned <furniture|tyres|wood|trash> on the road.",
    "{people} built barricades to block a street in {loc} {demand}.",
    "{people} staged a road blockade in {loc} {demand} and threw stones at a truck that tried to pass.",
    "{people} protesting in {loc} {demand} slashed the tyres of vehicles that did not join the strike.",
    "{people} demonstrated in {loc} {demand} and burned down a <hut|kiosk|car|shed> belonging to an official.",
    "{people} protesting in {loc} {demand} threw <Molotov cocktails|petrol bombs|firecrackers> at {police}.",
)
PEACE_PROTEST_NOTE += (
    "{people} protested in {loc} against the arrest of <their leader|a journalist|four residents|activists>, demanding their release.",
    "relatives of <a man who was detained|people who went missing|a victim of police violence> protested in {loc} to demand justice.",
    "{people} gathered in {loc} to call for justice after a young man was killed by police.",
    "{people} held a march in {loc} in solidarity with political detainees.",
    "{people} blocked traffic in {loc} for an hour to protest {demand_short}, then dispersed peacefully.",
    "{people} gathered in front of {venue_short} in {loc} to protest against the detention of <teacher activists|union members|a student leader>.",
)
PROTEST_INTER_NOTE += (
    "{police} detained {n} {people} during a protest in {loc} {demand}.",
    "{police} used tear gas to disperse {people} demonstrating in {loc} {demand}. No injuries were reported.",
)
FORCE_PROTEST_NOTE += (
    "{police} fired tear gas and rubber bullets at {people} protesting in {loc} {demand}; dozens were injured.",
    "{police} opened fire on {people} demonstrating peacefully in {loc} {demand}, killing {n}.",
)
LABEL_TEMPLATES.update({
    "ARMED_CLASH": (ARMED_CLASH_NOTE, ARMED_CLASH_NEWS),
    "ATTACK": (ATTACK_NOTE, ATTACK_NEWS),
    "VIOL_DEMONSTR": (VIOL_DEMO_NOTE, VIOL_DEMO_NEWS),
    "PEACE_PROTEST": (PEACE_PROTEST_NOTE, PEACE_PROTEST_NEWS),
    "PROTEST_WITH_INTER": (PROTEST_INTER_NOTE, PROTEST_INTER_NEWS),
    "FORCE_AGAINST_PROTEST": (FORCE_PROTEST_NOTE, FORCE_PROTEST_NEWS),
})

# The tag an ACLED strategic-development note may open with ("Movement of forces: On ...").
NOTE_TAGS: dict[str, tuple[str, ...]] = {
    "CHANGE_TO_GROUP_ACT": ("Movement of forces", "Security measures", "Change to armed group"),
    "OTHER": ("Displacement", "Non-violent activity", "Other", "Training"),
    "DISR_WEAP": ("Weapons seizure", "Interception", "Defusal"),
    "PROPERTY_DISTRUCT": ("Property destruction", "Looting"),
    "AGREEMENT": ("Agreement",),
}
NOTE_TAG_SHARE = 0.3
