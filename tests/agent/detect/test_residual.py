"""The residual detector: commercial wording no other detector explained goes to a person;
restatements of the quote, disclaimers, deadlines and supplier set-up do not."""

from __future__ import annotations

import pytest

from agent.detect import FALLBACK, residual
from agent.models import Reason
from tests.agent.detect.cases import Case, Table, check, coverage_problems, near, pos, table

R = Reason

CASES: Table = {
    R.UNRECOGNISED_REQUEST: [
        # paying less than invoiced
        pos(
            "pt",
            "Os impostos de 15% serão retidos na fonte e não fazemos gross-up, conforme a lei.",
        ),
        pos("es", "Se retendrá el 10% de cada factura hasta la aceptación final del proyecto."),
        pos("fr", "Conformément à la loi locale, l'impôt à la source sera retenu par nos soins."),
        near("en", "Please send your W-8BEN form so that no tax is withheld on payments."),
        near("it", "Nessuna somma sarà trattenuta sulle vostre fatture, come da contratto."),
        # the PO waits on their approval of us as a supplier: set-up, not a condition on us
        near(
            "en",
            "As soon as you have been approved in our vendor system, the purchase order"
            " will be raised.",
        ),
        near("fr", "Dès que vous serez référencé chez nous, le bon de commande sera émis."),
        pos("en", "As soon as you approve our liability cap, the purchase order will be raised."),
        pos("en", "Our AP run settles supplier invoices 75 days after receipt, as usual."),
        pos("en", "The usual liability provisions of our framework will sit alongside yours."),
        pos("de", "Die Zahlung erfolgt bei uns grundsätzlich 45 Tage nach Monatsende."),
        pos("fr", "Le règlement se fera en trois échéances, comme pour nos autres éditeurs."),
        pos("es", "Nuestra tesorería paga a 90 días desde la fecha de recepción de la factura."),
        pos("it", "Il pagamento avverrà a 120 giorni data fattura fine mese."),
        pos("nl", "De looptijd laten we ingaan op het moment dat de eerste gebruiker inlogt."),
        pos("pt", "O pagamento será feito em 4 parcelas ao longo do primeiro ano."),
        pos(
            "it",
            "L'anno scorso sul pilota ci avevate riconosciuto il 4%, contiamo di nuovo su quello.",
        ),
        near("en", "Payment terms stay as quoted, 30 days from invoice date."),
        near("de", "Die Rechnung bitte mit 19 % MwSt ausweisen."),
        near("en", "This e-mail is confidential; we accept no liability for viruses."),
        near("de", "Die Zahlungsbedingungen bleiben wie in Ihrem Angebot, 30 Tage netto."),
        near("fr", "Merci de compléter le formulaire sous 15 jours dans notre portail."),
        near("es", "Una vez completada el alta de proveedor les enviaremos el pedido."),
        near("it", "Alleghiamo il certificato di assicurazione responsabilità civile aggiornato."),
        near("nl", "Betaling zoals in de offerte: 30 dagen na factuurdatum."),
        near("pt", "O prazo para preencher o cadastro é de 15 dias."),
        # a restatement with any participle between "as" and the quote; a disclaimer naming
        # the sender; a refund of a double payment in separable or participle form
        near("en", "Invoices are payable 45 days net from receipt, as laid down in your proposal."),
        near("es", "El pago será a 60 días, como se indica en su oferta de marzo."),
        near("fr", "Paiement à 45 jours, comme stipulé dans votre devis, sans autre modification."),
        near(
            "fr",
            "Le réseau n'étant pas sûr, l'expéditeur décline toute responsabilité pour ce contenu.",
        ),
        pos("nl", "Wilt u het tweemaal betaalde bedrag van de pilot terug te storten op ons IBAN?"),
        pos("de", "Die Pilotrechnung wurde doppelt bezahlt; bitte verrechnen Sie den Betrag."),
        pos("en", "Payment 60 days net rather than 30, as per the quote otherwise, please."),
        # only a restating verb makes the quote's words a restatement; "as mentioned" brings
        # something of the customer's own
        pos("en", "As mentioned in your offer, we would settle invoices 60 days net."),
    ],
}


@pytest.mark.parametrize("case", table(CASES))
def test_residual_detector(case: Case) -> None:
    check(FALLBACK[case.reason], case)


def test_the_residual_detector_has_its_cases() -> None:
    assert FALLBACK[R.UNRECOGNISED_REQUEST] is residual.unexplained_terms
    assert coverage_problems(CASES, [R.UNRECOGNISED_REQUEST]) == []
