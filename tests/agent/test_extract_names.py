"""Legal entity names and tax IDs the customer writes outside a "bill to" label: in a
signature, a footer, an address block, or a mail of their own people they forward."""

from __future__ import annotations

import pytest

from agent.extract import extract, vendor_labels
from agent.rules.forwarded import forwarded_text
from agent.rules.legal_names import legal_names
from tests.agent.test_classify import msg
from tests.agent.test_extract import one, thread


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Einkauf | Brunnthal Kältetechnik GmbH & Co. KG", "Brunnthal Kältetechnik GmbH & Co. KG"),
        ("Compras - Almazara del Río, S.L.", "Almazara del Río, S.L."),
        ("Sede: Conservas Atlânticas do Minho, Lda.", "Conservas Atlânticas do Minho, Lda."),
        ("Ufficio acquisti - Vetrerie Riunite Friulane S.p.A.", "Vetrerie Riunite Friulane S.p.A."),
        ("Van der Linden Koeltechniek B.V.", "Van der Linden Koeltechniek B.V."),
        (
            "Grupo Serrano Industrial, S.A. de C.V. | Monterrey",
            "Grupo Serrano Industrial, S.A. de C.V.",
        ),
        ("Inkoop, Stichting Wooncorporatie Eemland", "Stichting Wooncorporatie Eemland"),
        ("Coopérative fruitière du Jura", "Coopérative fruitière du Jura"),
        ("Dostawca: Młyny Pomorskie Sp. z o.o.", "Młyny Pomorskie Sp. z o.o."),
        ("Sklárny Vysočina a.s. | Jihlava", "Sklárny Vysočina a.s."),
        ("Invoices for Kvarnbacken Fastigheter AB go to AP.", "Kvarnbacken Fastigheter AB"),
        ("Rechnungen an die Lindenhof Kliniken gGmbH senden", "Lindenhof Kliniken gGmbH"),
        ("Bestelling 4500112233 van Van Houten Transport B.V.", "Van Houten Transport B.V."),
    ],
)
def test_legal_names_in_signatures_and_headers(text: str, expected: str) -> None:
    assert legal_names(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Please reply as soon as possible.",  # "as", "AS"
        "We sell this as a service to our company.",
        "Our Company policy is to pay on Fridays.",
        "Das Amtsgericht: AG Bremen HRB 1234",  # AG after a field break: a court, no name
    ],
)
def test_no_legal_name(text: str) -> None:
    assert legal_names(text) == []


def test_a_signature_name_is_the_entity_when_no_bill_to_is_given() -> None:
    text = "Anbei unsere Bestellung.\n\nGrüße\nJonas Keller\nEinkauf\nHarzwerk Metallbau GmbH"
    result = extract(one(text))
    assert result.billing_entity is None  # no label: not a reason to call it paperwork
    assert result.entity == ("Harzwerk Metallbau GmbH", "m1@test")


def test_a_labelled_billing_entity_wins_over_a_signature_name() -> None:
    text = "Please invoice Harz Holding AG.\n\nRegards\nHarzwerk Metallbau GmbH"
    assert extract(one(text)).entity == ("Harz Holding AG", "m1@test")


def test_our_own_company_name_is_never_the_customers_entity() -> None:
    t = thread(
        msg(
            "Sehr geehrte Damen und Herren,\nLieferant: Quillbrook Software Ltd",
            to=("orders@quillbrook.example",),
        ),
        msg(
            "Thanks.\nQuillbrook Software Ltd",
            folder="sent",
            sender="ops@quillbrook.example",
            mid="s",
            n=1,
        ),
    )
    assert vendor_labels(t) == frozenset({"quillbrook"})
    assert extract(t).entity is None


def test_a_tax_id_only_in_the_footer_is_reported_but_is_no_paperwork() -> None:
    body = (
        "Ci vediamo lunedì.\n--\nMarta Bianchi\nLattoneria Valtellina S.r.l.\nP.IVA IT00743110157"
    )
    m = msg(body).model_copy(update={"new_text": "Ci vediamo lunedì."})
    result = extract(thread(m))
    assert result.tax_id is None
    assert result.tax == ("IT00743110157", "m1@test")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SIRET 732 829 320 00074 - TVA intracommunautaire FR44732829320", "FR44732829320"),
        ("Org.nr 556036-0793, momsreg.nr SE556036079301", "SE556036079301"),
        ("Btw-nummer: NL004495445B01", "NL004495445B01"),
    ],
)
def test_the_vat_number_wins_over_a_company_number_next_to_it(text: str, expected: str) -> None:
    assert extract(one(text)).tax_id == expected


_FORWARDED = """Hola, te reenvío lo que me pasó Contabilidad.

-----Mensaje original-----
De: Contabilidad <contabilidad@olivares.example>
Enviado: lunes, 3 de marzo de 2025 9:12
Para: Inés Ruiz <iruiz@olivares.example>
Asunto: Datos de facturación

Aceites Olivares del Sur, S.L.
CIF: B41234567

________________________________
De: Ana Gil <ana.gil@quillbrook.example>
Enviado: viernes, 28 de febrero de 2025 17:00
Asunto: Datos

Nuestro CIF es B99999999 y somos Quillbrook Iberia, S.L.
"""


def test_forwarded_mail_of_their_own_people_counts_ours_does_not() -> None:
    m = msg(_FORWARDED).model_copy(
        update={"new_text": "Hola, te reenvío lo que me pasó Contabilidad."}
    )
    text = forwarded_text(m, frozenset({"quillbrook"}))
    assert "Aceites Olivares del Sur, S.L." in text and "B41234567" in text
    assert "Quillbrook" not in text and "B99999999" not in text
    assert forwarded_text(m, frozenset()) == ""  # without knowing us, nothing is read


def test_forwarded_billing_data_supplies_the_entity_and_tax_id() -> None:
    m = msg(_FORWARDED, to=("orders@quillbrook.example",)).model_copy(
        update={"new_text": "Hola, te reenvío lo que me pasó Contabilidad."}
    )
    result = extract(thread(m))
    assert result.entity == ("Aceites Olivares del Sur, S.L.", "m1@test")
    assert result.tax == ("B41234567", "m1@test")
