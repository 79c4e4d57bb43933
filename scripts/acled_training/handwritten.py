"""Hand-written examples, one short incident description each (written for eventwire).

They add phrasings the templates do not produce: headlines, longer news leads,
odd word orders, and texts whose label hangs on one detail.
"""

# ruff: noqa: E501  (template and word-list lines are data: one item per line)

from __future__ import annotations

HANDWRITTEN: dict[str, tuple[str, ...]] = {
    "ARMED_CLASH": (
        "Soldiers and jihadists fought a three-hour battle on the edge of the forest reserve, "
        "the defence ministry said, adding that 14 assailants were neutralised.",
        "Rebels ambush army convoy, dozens feared dead",
        "Gunfire echoed across the valley as government troops and separatist fighters "
        "battled for control of the main road on Thursday.",
        "On 9 August 2021, an unidentified armed group attacked a gendarmerie post in Kompienga. "
        "Gendarmes repelled the assault. 3 fatalities.",
        "Two rival militias exchanged heavy gunfire in the southern suburbs overnight, "
        "residents said, with no word on casualties.",
        "Police commandos killed five suspected rebels in a shootout at a hideout in the hills.",
        "The border guards came under fire from smugglers' armed escorts and returned fire.",
        "Fierce fighting between the army and the insurgents is ongoing around the airport.",
    ),
    "GOV_REGAINS_TERIT": (
        "Army says it has retaken key northern town from rebels",
        "After a week-long offensive, federal troops reclaimed the district capital, the "
        "information minister announced on state television.",
        "On 21 April 2022, military forces recovered control of Tessit town (Gao) from "
        "jihadist militants after clashes. Casualties unknown.",
        "Government forces swept back into the port city on Monday, ending eight months of "
        "insurgent rule.",
        "The national army raised the flag over the recaptured hill town after the militants fled.",
        "Security forces restored state authority in three villages that had been under militia "
        "control since the spring.",
    ),
    "NON_STATE_ACTOR_OVERTAKES_TER": (
        "Jihadists seize northern town as troops flee",
        "Rebel fighters on Saturday captured the regional capital after overwhelming its "
        "garrison, a spokesman for the group said.",
        "On 3 November 2021, insurgents overran the army camp at Kumbo and occupied the town. "
        "12 fatalities.",
        "The militia now holds the airport and the main bridge after routing police units in "
        "a night assault.",
        "Armed separatists took over the mining town following two days of fighting with "
        "gendarmes.",
        "After a fierce battle the insurgents raised their black flag over the district office.",
    ),
    "CHEM_WEAP": (
        "Chlorine attack suspected in besieged suburb, medics say",
        "Investigators concluded that a nerve agent had been released over the town, killing "
        "dozens in their sleep.",
        "Footage showed children being hosed down with water after a gas canister fell on their "
        "house.",
        "Survivors described a yellow cloud with a smell of bleach spreading through the "
        "basement shelters after the barrel bomb landed.",
        "On 7 April 2018, government aircraft dropped munitions containing toxic chemicals on "
        "Douma. Over 40 fatalities.",
        "Doctors treated dozens for pinpoint pupils and foaming at the mouth after the shelling, "
        "signs of sarin exposure.",
    ),
    "AIR_STRIKE": (
        "Airstrike kills 11 at wedding party in northern province",
        "Jets bombed the rebel-held town for the third day running, flattening a hospital.",
        "A drone fired two missiles at a car carrying a senior commander, killing him instantly.",
        "On 14 May 2022, Russian forces launched Shahed drones against energy infrastructure "
        "in Lviv city. Casualties unknown.",
        "The air force said its planes had destroyed an insurgent weapons depot in the desert.",
        "Helicopter gunships strafed villages suspected of sheltering fighters.",
        "A strike by an unmanned aircraft hit a motorbike on the highway, killing two riders.",
    ),
    "SUIC_BOMB": (
        "Suicide bomber kills 20 at crowded market",
        "The attacker, wearing an explosive belt under his coat, blew himself up at the entrance "
        "of the ministry.",
        "A teenage girl detonated explosives strapped to her body at a camp for displaced people.",
        "On 2 March 2021, a suicide car bomb driven by Al Shabaab exploded at a restaurant in "
        "Mogadishu. 20 fatalities.",
        "An assailant rammed a truck packed with explosives into the base's perimeter wall and "
        "detonated it, killing himself and nine soldiers.",
        "Police said the bomber died in the blast he set off near the church gate.",
    ),
    "ART_MISS_ATTACK": (
        "Rockets rain down on city as offensive intensifies",
        "Shells landed near the railway station, destroying a warehouse and wounding two workers.",
        "On 18 July 2022, Ukrainian forces fired HIMARS rockets at a Russian ammunition depot "
        "in Nova Kakhovka. Casualties unknown.",
        "Mortar bombs fired from the hills hit the camp's clinic on Sunday evening.",
        "The cruise missile slammed into an apartment block before dawn.",
        "Cross-border artillery fire damaged several houses in the frontier village.",
        "Militants fired three rockets at the airport, but they fell in an empty field.",
    ),
    "REM_EXPLOS": (
        "Roadside bomb kills four soldiers",
        "The minibus triggered a buried mine on a dirt track, killing the driver and two "
        "passengers.",
        "A bomb hidden in a parked car went off as a police patrol drove past.",
        "On 11 January 2022, a civilian was killed by an IED in Ansongo (Gao). 1 fatality.",
        "An improvised explosive device concealed in a rubbish bin exploded outside the "
        "bank, injuring passers-by.",
        "A herder was wounded when his cattle set off a landmine near the border.",
        "The explosives had been placed under the culvert and were detonated by remote control.",
    ),
    "GRENADE": (
        "Grenade attack on bar wounds 12",
        "A man on a bicycle tossed a grenade into the police station yard and fled.",
        "On 25 June 2021, unidentified persons threw a hand grenade into a nightclub in Kigali. "
        "2 people were injured.",
        "An explosive thrown from a passing car blew out the windows of the councillor's house.",
        "Attackers lobbed grenades at soldiers guarding the bridge, wounding three of them.",
        "Crude bombs were hurled at the house of the ruling party candidate late at night.",
    ),
    "SEX_VIOL": (
        "Soldiers accused of mass rape in village raid",
        "The survivor told investigators she was assaulted by three armed men at a checkpoint.",
        "On 6 October 2021, a militia member raped a 15-year-old girl in Kalehe (Sud-Kivu).",
        "Aid agencies recorded a spike in sexual assaults against women fetching water outside "
        "the camps.",
        "Several detainees said guards sexually abused them during interrogation.",
        "A court-martial opened for two soldiers charged with raping a woman in the conflict zone.",
    ),
    "ATTACK": (
        "Gunmen kill seven in attack on village",
        "Attackers on motorcycles sprayed a crowded tea shop with bullets, killing four.",
        "On 19 May 2022, unidentified gunmen shot and killed a local trader in Maiduguri "
        "(Borno). 1 fatality.",
        "A teacher was hacked to death in front of her pupils by men armed with machetes.",
        "The bodies of six farmers, shot in the head, were found in a field outside the town.",
        "Militiamen beat and whipped villagers they accused of helping the army.",
        "An off-duty soldier shot dead a motorcycle taxi driver after an argument over a fare.",
    ),
    "ABDUCT_DISSAP": (
        "Gunmen abduct 30 pupils from boarding school",
        "The activist vanished after being bundled into an unmarked van by men in civilian clothes.",
        "On 8 February 2022, bandits kidnapped 12 travellers on the Abuja-Kaduna road.",
        "The two engineers were taken hostage while working on the road project.",
        "Relatives have had no news of the trade unionist since security agents took him away "
        "from his office.",
        "Militants stopped the bus and led away ten passengers at gunpoint.",
    ),
    "PEACE_PROTEST": (
        "Teachers march in capital over unpaid wages",
        "Hundreds of farmers drove tractors into the city centre to protest against low milk "
        "prices, causing traffic jams but no incidents.",
        "On 4 April 2022, around 60 nurses held a sit-in in front of the health ministry in "
        "Tunis to demand permanent contracts. [size=around 60]",
        "Residents lined the road holding placards against the planned landfill site.",
        "Students occupied the university lawn for a second day, singing and chanting slogans.",
        "Workers at the textile plant stopped work and gathered at the gate to demand their "
        "bonuses. [size=no report]",
        "Pensioners rallied outside the central bank, banging pots and pans.",
        "Members of the opposition alliance held a peaceful march to hand a petition to the "
        "electoral commission. [size=several thousand]",
    ),
    "PROTEST_WITH_INTER": (
        "Police tear-gas teachers protesting over pay",
        "Officers bundled several demonstrators into vans as they tried to unfurl a banner "
        "outside the parliament.",
        "On 12 May 2022, police in Colombo dispersed students protesting against the government "
        "with water cannon and tear gas. [size=hundreds]",
        "Riot police pushed back marchers with shields and detained around twenty of them.",
        "The rally was broken up within minutes and its organisers were led away by police.",
        "Security forces fired rubber bullets to scatter hundreds of residents blocking the road.",
    ),
    "FORCE_AGAINST_PROTEST": (
        "Troops fire on crowd, killing six demonstrators",
        "Witnesses said police aimed live rounds at unarmed marchers, hitting a boy in the chest.",
        "On 3 March 2021, security forces shot dead 38 peaceful anti-coup protesters in several "
        "townships of Yangon. 38 fatalities. [size=thousands]",
        "A protester died after being struck in the head by a tear gas canister fired at close "
        "range.",
        "Soldiers opened fire with automatic weapons to scatter a sit-in outside army "
        "headquarters, leaving scores dead.",
        "Police beat peaceful demonstrators so badly that two of them died in hospital.",
    ),
    "VIOL_DEMONSTR": (
        "Protesters torch police station after death in custody",
        "Rioters smashed the windows of banks and set cars ablaze during the march against the "
        "new law.",
        "On 8 October 2019, demonstrators in Quito burned tires and threw stones at police, who "
        "answered with tear gas. [size=thousands]",
        "Demonstrators forced their way into the compound and set fire to the administration "
        "block.",
        "Youths angry at the power cuts barricaded streets with burning tyres and stoned passing "
        "cars.",
        "The protest turned violent when marchers threw firecrackers and bottles at the police "
        "line.",
    ),
    "MOB_VIOL": (
        "Mob lynches man accused of stealing a goat",
        "Villagers armed with sticks attacked a group of herders they blamed for a killing, "
        "leaving three dead.",
        "On 15 September 2021, a mob beat a suspected thief to death in Kisoro (Western). "
        "1 fatality.",
        "Supporters of the rival candidates fought with machetes at the polling centre.",
        "A crowd stormed the police cell and dragged out the suspect, who was then set on fire.",
        "Clashes between youths from two neighbouring villages over a football match left a "
        "dozen injured.",
    ),
    "AGREEMENT": (
        "Warring sides agree to truce",
        "The two armed groups signed a pact to share control of the trading route and stop "
        "attacks on each other.",
        "On 2 September 2020, about 40 militia fighters handed in their rifles and surrendered "
        "to the army in Bunia (Ituri).",
        "Under the deal, the rebels freed 25 soldiers in exchange for 30 of their jailed members.",
        "Clan elders agreed to end their feud after mediation by religious leaders.",
        "The government and the armed movement signed a ceasefire accord in the capital.",
    ),
    "ARREST": (
        "Opposition leader arrested ahead of rally",
        "Police detained the newspaper's editor and two reporters over an article on the army.",
        "On 27 January 2022, police arrested 15 members of the opposition party in Lusaka.",
        "The former governor was taken into custody at his farm on charges of embezzlement.",
        "Intelligence agents picked up the rapper at his home after he released a song "
        "criticising the president.",
        "Dozens of suspected gang members were rounded up in overnight raids.",
    ),
    "CHANGE_TO_GROUP_ACT": (
        "Rebel groups announce merger into new alliance",
        "The militia said it had chosen a new commander after its leader was killed in a strike.",
        "On 10 March 2022, the army deployed additional troops and armoured vehicles to the "
        "border district.",
        "A splinter faction broke away from the movement, accusing its leadership of betrayal.",
        "The armed group announced it would stop attacking civilian targets and focus on "
        "military ones.",
        "Hundreds of new recruits completed their training at the militia's camp.",
    ),
    "DISR_WEAP": (
        "Bomb found outside embassy defused",
        "Air defence systems destroyed 18 incoming drones before they reached the capital.",
        "On 9 October 2019, soldiers dismantled two IEDs buried on the road to Djibo (Sahel).",
        "Police seized 200 detonators and a quantity of fertiliser from a farmhouse.",
        "Sappers cleared two anti-tank mines that rebels had buried on the supply road.",
        "Troops discovered an arms depot containing rockets and machine guns in a cave.",
    ),
    "HQ_ESTABLISHED": (
        "Militants set up new base in forest",
        "The armed group turned an abandoned school into its regional command centre.",
        "On 6 June 2022, the army established a new military camp in Tillia (Tahoua).",
        "Peacekeepers opened a temporary operating base near the refugee camp.",
        "The rebels have built a fortified compound on the island, satellite images show.",
    ),
    "NON_VIOL_TERRIT_TRANSFER": (
        "Troops withdraw from town, handing it to militia",
        "The insurgents quietly left the village overnight and soldiers entered it unopposed.",
        "On 11 November 2022, Russian forces withdrew from Kherson city and Ukrainian forces "
        "entered without fighting.",
        "The foreign contingent handed its base over to the local army at a ceremony.",
        "Under the local arrangement, the armed group ceded control of the crossing to police.",
    ),
    "PROPERTY_DISTRUCT": (
        "Attackers torch dozens of homes in village",
        "Unknown people set fire to the electoral commission's warehouse, destroying ballot "
        "boxes.",
        "On 30 May 2022, herders destroyed crops on a farm in Agatu (Benue).",
        "Looters emptied the supermarket shelves while the town was without police.",
        "Saboteurs cut the fibre-optic cable and burned the telecom mast.",
        "The militia razed the market and burned food stocks before leaving.",
    ),
    "OTHER": (
        "Curfew imposed after night of unrest",
        "The military junta dissolved parliament and suspended all political parties.",
        "On 1 July 2022, authorities declared a state of emergency in Ituri province.",
        "Phone and internet services were cut in the region for the third day.",
        "The authorities announced the release of 300 prisoners under an amnesty.",
    ),
    "ORG_CRIME": (
        "Police bust drug ring, seize 2 tonnes of cocaine",
        "The gang forged vehicle documents and sold stolen cars to buyers abroad.",
        "Investigators say the cartel laundered its profits through a chain of car washes.",
        "Robbers armed with pistols held up a money transfer shop and escaped with the takings.",
        "Customs officers found 300 migrants crammed inside a lorry at the border post.",
        "A hacker group encrypted the hospital's computers and demanded a ransom in bitcoin.",
        "Smugglers were caught moving subsidised fuel across the border in jerrycans.",
        "A syndicate selling fake vaccines was broken up after a months-long investigation.",
    ),
    "NATURAL_DISASTER": (
        "Floods leave thousands homeless",
        "A 6.1 magnitude quake shook the mountain region early on Tuesday, collapsing mud-brick "
        "houses.",
        "The storm uprooted trees, tore roofs off houses and cut power to half the island.",
        "Health authorities confirmed 45 new infections, bringing the total this month to 600.",
        "Firefighters battled a forest blaze fanned by strong winds for a third day.",
        "The volcano's eruption forced the evacuation of villages on its slopes.",
        "Mudslides triggered by heavy rain swept away houses on the hillside.",
        "The worst drought in forty years has killed livestock and dried up wells.",
    ),
    "MAN_MADE_DISASTER": (
        "Factory blaze kills 30 workers",
        "A truck crashed into a crowded minibus on the highway, killing eleven people.",
        "The warehouse storing ammonium nitrate caught fire and exploded, levelling nearby blocks.",
        "The ferry was carrying twice its capacity when it overturned in rough water.",
        "Residents complained of headaches after a chemical leak from the refinery.",
        "The unfinished building gave way while labourers were working on the top floor.",
        "A gas cylinder exploded in a restaurant kitchen, injuring diners.",
        "The collapse at the gold mine trapped dozens of workers underground.",
    ),
    "DIPLO": (
        "EU slaps new sanctions on military leaders",
        "The foreign minister said his country strongly condemned the attack and demanded an "
        "investigation.",
        "The government ordered the ambassador to leave within 72 hours.",
        "Washington urged both sides to show restraint and return to talks.",
        "The regional bloc threatened to impose sanctions if elections were not held.",
        "The president thanked neighbouring states for their support in the fight against "
        "terrorism.",
        "Three Gulf states announced the closure of their embassies in the capital.",
        "The UN chief called for an independent inquiry into the killings.",
    ),
    "ATTRIB": (
        "Islamist group claims deadly attack on soldiers",
        "The army blamed the separatists for the explosion, an accusation the group rejected.",
        "In a statement posted online, the militants said their fighters carried out the raid.",
        "The rebels denied responsibility for the massacre and blamed the army.",
        "Authorities said a rival gang was behind the killings at the market.",
        "The group's spokesman took credit for shooting down the helicopter.",
        "The government accused a neighbouring country of arming the insurgents who attacked "
        "the town.",
    ),
}
