"""The English detector on short paragraphs written for these tests."""

from __future__ import annotations

import pytest

from eventwire.ingest.language import detect_english

ENGLISH = [
    "The foreign minister said on Monday that talks with the rebel group would resume "
    "next week in the capital, adding that both sides had agreed to halt the fighting.",
    "Police in the northern city arrested at least 40 people after a march against fuel "
    "prices turned violent, and officials said several officers were injured.",
    # A quote-heavy paragraph with many names.
    '"We will not accept this," said Maria Okonkwo-Lindqvist, who leads the Kasai '
    "Farmers Union, after meeting Governor Tshibanda in Kananga on Friday.",
]
HEADLINES = [
    "Rebels seize town after heavy fighting",
    "Minister resigns amid corruption scandal in Lima",
    "UN Security Council condemns missile launch",
    "EU imposes new sanctions on Belarusian officials",
    "Thousands march in Santiago over pension reform",
]
FOREIGN = {
    "French": "Le ministre des affaires étrangères a déclaré lundi que les discussions avec "
    "les rebelles reprendraient la semaine prochaine dans la capitale du pays.",
    "Spanish": "El ministro dijo el lunes que las conversaciones con los rebeldes se "
    "reanudarán la próxima semana en la capital, según un comunicado oficial.",
    "German": "Der Minister sagte am Montag, dass die Gespräche mit den Rebellen in der "
    "kommenden Woche in der Hauptstadt fortgesetzt werden sollen.",
    "Italian": "Il ministro ha detto lunedì che i colloqui con i ribelli riprenderanno la "
    "prossima settimana nella capitale, secondo una nota del governo.",
    "Portuguese": "O ministro disse na segunda-feira que as conversas com os rebeldes serão "
    "retomadas na próxima semana na capital, segundo um comunicado.",
}
OTHER_SCRIPTS = {
    "Cyrillic": "Министр заявил в понедельник, что переговоры с повстанцами возобновятся "
    "на следующей неделе в столице.",
    "Arabic": "قال الوزير يوم الاثنين إن المحادثات مع المتمردين ستستأنف الأسبوع المقبل في "
    "العاصمة.",
    "Han": "部长周一表示，与叛军的谈判将于下周在首都恢复，双方同意停火。",
    "Greek": "Ο υπουργός δήλωσε τη Δευτέρα ότι οι συνομιλίες θα συνεχιστούν την επόμενη "
    "εβδομάδα στην πρωτεύουσα.",
}


@pytest.mark.parametrize("text", ENGLISH)
def test_english_prose_is_accepted(text: str) -> None:
    ok, reason = detect_english(text)
    assert ok, reason
    assert "english stopword share" in reason


@pytest.mark.parametrize("text", HEADLINES)
def test_short_english_headlines_are_accepted(text: str) -> None:
    ok, reason = detect_english(text)
    assert ok, reason


@pytest.mark.parametrize(("language", "text"), sorted(FOREIGN.items()))
def test_latin_script_foreign_paragraphs_are_rejected(language: str, text: str) -> None:
    ok, reason = detect_english(text)
    assert not ok
    assert language in reason


@pytest.mark.parametrize(("script", "text"), sorted(OTHER_SCRIPTS.items()))
def test_other_scripts_are_rejected_by_script(script: str, text: str) -> None:
    ok, reason = detect_english(text)
    assert not ok
    assert reason == f"script: {script}"


def test_very_short_texts_are_accepted_as_too_short_to_judge() -> None:
    assert detect_english("Ceasefire holds") == (True, "too short to judge (2 words)")
    assert detect_english("Alto el fuego") == (True, "too short to judge (3 words)")


def test_long_text_without_function_words_is_rejected() -> None:
    # Indonesian: Latin script, none of the listed European languages, no English words.
    text = (
        "Menteri luar negeri mengatakan pada hari Senin bahwa perundingan dengan kelompok "
        "pemberontak akan dilanjutkan pekan depan di ibu kota. Kedua pihak sepakat "
        "menghentikan pertempuran sementara waktu. Warga setempat menyambut baik keputusan "
        "tersebut dan berharap bantuan segera tiba di desa mereka yang terisolasi."
    )
    ok, reason = detect_english(text)
    assert not ok
    assert reason.startswith("english stopword share 0.0")


def test_only_the_first_two_thousand_characters_count() -> None:
    english = ENGLISH[0] + " " + ENGLISH[1]
    text = (english + " ") * 12 + FOREIGN["French"] * 200
    assert detect_english(text)[0]
