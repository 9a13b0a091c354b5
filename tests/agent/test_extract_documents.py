"""Supplier registration done, a signed document returned, an administrator or SSO facts
given, a new procurement contact named — in the languages customers write, with the near
misses that supply nothing (an invitation, a request, a promise)."""

from __future__ import annotations

import pytest

from agent.extract import extract
from agent.rules.prerequisites import contact_named, prerequisite_given
from agent.rules.registration import registration_stated
from agent.rules.signatures import signed_document_stated, signed_file
from connectors.mailbox.model import Attachment
from tests.agent.test_extract import one

# --- supplier registration -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ihre Registrierung als Lieferant wurde heute freigegeben.",
        "Sie sind jetzt unter der Kreditorennummer 88120 angelegt.",
        "Su alta como proveedor ya está completada.",
        "Ya estáis dados de alta, vuestro número de proveedor es el 51200.",
        "O cadastro da vossa empresa foi aprovado ontem.",
        "Registo concluído, o vosso código de fornecedor é 90211.",
        "La vostra iscrizione all'albo fornitori è stata approvata.",
        "Codice fornitore assegnato: F-33120",
        "Votre compte fournisseur a été créé sous le numéro F-77120.",
        "De registratie is goedgekeurd, uw leveranciersnummer is 30021.",
        "Ni är nu upplagda som leverantör hos oss.",
        "The vendor record is active now.",
    ],
)
def test_registration_done(text: str) -> None:
    assert registration_stated(text)
    assert extract(one(text)).supplier_registration_complete


@pytest.mark.parametrize(
    "text",
    [
        "Bitte schließen Sie die Registrierung im Portal ab.",
        "Sobald die Registrierung freigegeben ist, lösen wir die Bestellung aus.",
        "Para poder daros de alta como proveedor necesitamos el certificado bancario.",
        "Assim que o cadastro estiver aprovado, enviamos o pedido.",
        "Uw registratie is nog niet afgerond.",
        "Le invitamos a registrarse; su número de proveedor: 77120.",  # an invitation
        "Pour toute question, indiquez votre numéro fournisseur sur la facture.",
        "Un cadastro aprovado é pré-requisito para o pagamento.",
        "Please return the attached vendor registration form, completed and signed.",
        "Supplier: Quillbrook Ltd (Supplier ID S-88120)",  # a PO header names us
        "You receive this mail because you are registered as a supplier contact.",
    ],
)
def test_registration_not_done(text: str) -> None:
    assert not extract(one(text)).supplier_registration_complete


# --- signed documents ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "filename",
    [
        "Contrato_Servicios_firmado.pdf",
        "Orderformulier_Q-1234_getekend.pdf",
        "Auftragsformular_unterfertigt.pdf",
        "Formulario_Encomenda_assinado.pdf",
        "Contratto_servizi.pdf.p7m",
    ],
)
def test_signed_file(filename: str) -> None:
    attachment = Attachment(filename=filename, content_type="application/pdf", size=10)
    assert signed_file((attachment,)) == filename


@pytest.mark.parametrize(
    "filename", ["Contratto_da_firmare.pdf", "smime.p7m", "Firmenprofil_2025.pdf"]
)
def test_unsigned_file(filename: str) -> None:
    attachment = Attachment(filename=filename, content_type="application/pdf", size=10)
    assert signed_file((attachment,)) is None


@pytest.mark.parametrize(
    "text",
    [
        "Ya está firmado, te lo adjunto de nuevo.",
        "Il contratto è stato firmato digitalmente dal nostro presidente.",
        "Em anexo seguem os documentos assinados pela direção.",
        "Bijgaand de overeenkomst, ondertekend door onze directeur.",
        "Anbei das Bestellformular, von beiden Geschäftsführern unterschrieben.",
        "Signed by our CFO this morning, you should get the copy shortly.",
        "All parties have completed the envelope 'Order Form 2291'.",
    ],
)
def test_signed_document_stated(text: str) -> None:
    assert signed_document_stated(text)
    assert extract(one(text)).signature_packet_attached


@pytest.mark.parametrize(
    "text",
    [
        "Lo rispediamo firmato entro domani.",
        "Le lien de signature a expiré avant que notre directeur ait signé.",
        "Merci de nous retourner l'accusé de réception dûment signé.",
        "Den unterschriebenen Vertrag erhalten Sie nach Freigabe durch die Rechtsabteilung.",
        "El contrato sigue pendiente de firma.",
    ],
)
def test_no_signed_document(text: str) -> None:
    assert not extract(one(text)).signature_packet_attached


# --- delivery prerequisites ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our platform admin will be Priya Raman (priya.raman@kestrel.example).",
        "Administrator für die Plattform: Lukas Brandl, lukas.brandl@brandl.example",
        "L'administratrice sera Mme Claire Dupuis.",
        "Il referente tecnico sarà il sig. Paolo Neri.",
        "Beheerder: Sanne de Wit (ik zelf).",
        "Tenant ID: 0f8e2b4c-1a2b-4c3d-9e8f-112233445566",
        "SAML-Metadaten: siehe Anhang",
        "Dominio para SSO: olivares.example",
        "Bitte diese IP-Bereiche freigeben: 192.0.2.0/24",
    ],
)
def test_prerequisite_given(text: str) -> None:
    assert prerequisite_given(text)
    assert extract(one(text)).delivery_prerequisite_given


def test_federation_metadata_file_is_a_prerequisite() -> None:
    result = extract(one("Voilà le fichier.", files=("FederationMetadata_acme.xml",)))
    assert result.delivery_prerequisite_given


@pytest.mark.parametrize(
    "text",
    [
        "Who will be the administrator on your side?",
        "The admin question is with our IT team, they will come back to you.",
        "Die Frage zum Administrator klärt Herr Lindner, er meldet sich.",
        "Can you confirm that SSO is configured by Friday?",
        "Ship to: Acme Corp (electronic delivery)",
    ],
)
def test_no_prerequisite(text: str) -> None:
    assert not extract(one(text)).delivery_prerequisite_given


# --- procurement contact ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Please use me as your procurement contact from now on.",
        "Ab sofort ist Frau Weber Ihre Ansprechpartnerin im Einkauf.",
        "Je suis votre nouvelle interlocutrice pour les achats.",
        "A partir de hoy el seguimiento de la orden queda a cargo de Luis Pardo.",
        "A partir de agora quem trata das compras é o Rui Costa.",
        "Da lunedì il vostro riferimento per gli ordini sarà la dott.ssa Gatti.",
        "Vanaf 1 mei is Joost Bakker onze inkoper voor ICT.",
        "I have taken over the purchasing of software from my colleague.",
    ],
)
def test_contact_named(text: str) -> None:
    assert contact_named(text)
    assert extract(one(text)).procurement_contact_named


@pytest.mark.parametrize(
    "text",
    [
        "Buyer contact: Jane Doe, jane.doe@acme.example",  # a PO header, not a hand-over
        "Our new contact address for invoices is ap@acme.example.",
        "Io resto il riferimento per la parte tecnica.",
        "Instead of 12 months we would like 24 months.",
        "El contrato se firma en lugar de la orden de compra.",
    ],
)
def test_no_contact_named(text: str) -> None:
    assert not extract(one(text)).procurement_contact_named
