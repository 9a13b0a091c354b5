"""The customer's language: stop-word profiles over seven languages, English when unsure."""

from __future__ import annotations

import pytest

from agent.language import customer_language, detect_language
from tests.builders import message, thread

MAILS = [
    ("en", "Hi team, please find attached our purchase order. Let us know if you need anything."),
    ("de", "Guten Tag, anbei erhalten Sie unsere Bestellung. Bitte senden Sie uns die Rechnung."),
    ("de", "Hallo zusammen, die Lieferantenregistrierung ist abgeschlossen. Viele Grüße"),
    ("fr", "Bonjour, veuillez trouver ci-joint notre bon de commande. Cordialement, Julie"),
    ("fr", "Merci pour votre retour, nous avons complété le référencement fournisseur."),
    ("es", "Hola, adjunto encontrará nuestra orden de compra. Quedamos a su disposición."),
    ("es", "Buenos días, les enviamos los datos de facturación de la empresa. Saludos"),
    ("it", "Buongiorno, in allegato l'ordine di acquisto. Cordiali saluti, Marco"),
    ("it", "Vi inviamo la partita IVA e l'indirizzo di fatturazione della nostra società."),
    ("nl", "Hallo, in de bijlage vindt u onze inkooporder. Met vriendelijke groet, Sanne"),
    ("nl", "Wij hebben het btw-nummer en het factuuradres voor u klaargezet."),
    ("pt", "Olá, segue em anexo a nossa ordem de compra. Atenciosamente, João"),
    ("pt", "Bom dia, enviamos os dados de faturação da empresa e o número de contribuinte."),
]


@pytest.mark.parametrize(("language", "text"), MAILS)
def test_detects_the_language_of_procurement_mail(language: str, text: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize("text", ["", "PO 4500012345", "OK", "Q-2026-0412 / 4500012871 / EUR"])
def test_too_little_evidence_falls_back_to_english(text: str) -> None:
    assert detect_language(text) == "en"


def test_swedish_is_not_one_of_the_seven_and_gets_english() -> None:
    assert detect_language("Hej, här kommer vår inköpsorder. Med vänliga hälsningar") == "en"


def test_the_latest_inbound_message_decides_not_our_reply_or_older_mail() -> None:
    t = thread(
        message("Hello, please find our PO attached. Kind regards", n=0),
        message("Thanks, we will have a look and let you know.", n=1, folder="sent"),
        message("Bonjour, veuillez trouver ci-joint notre numéro de TVA. Cordialement", n=2),
    )
    language, source = customer_language(t)
    assert language == "fr" and source == t.messages[2].message_id


def test_a_short_latest_message_borrows_its_subject() -> None:
    t = thread(message("Anbei.", subject="Bestellung und Rechnungsanschrift für Sie", n=0))
    assert customer_language(t)[0] == "de"
