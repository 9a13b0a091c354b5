"""Words of customer mail about the contract: amendments and signatures, legal changes, insurance,
a change of contracting party.
"""

from __future__ import annotations

import re

from agent.lexicon.nouns import family, words

AMENDMENT = words(
    r"""
    amendment\w* addend\w* change\s+order nachtrag\w* anderungsvereinbarung\w*
    zusatzvereinbarung\w* avenant\w* adenda\w* anexo\s+modificatorio emendament\w*
    atto\s+aggiuntivo aanvulling\w* wijzigingsovereenkomst aditivo\w* aditamento\w* tillagg\w*
    aneks\w* dodat\w*
    """
)
# The customer will not sign or countersign the order form or contract: going ahead
# without a required signature.
REFUSES_SIGNATURE = words(
    r"""
    (?:zeichn\w*|unterschreib\w*|unterzeichn\w*)\s+(?:\S+\s+){0,6}?(?:nicht
    |keine?)\s+(?:\S+\s+)?(?:gegen|mehr)?
    (?:nicht|keine?)\s+(?:\S+\s+){0,2}(?:gegenzeichn\w*|unterschreib\w*|unterzeichn\w*)
    (?:won't|will\s+not|do\s+not|don't|never|cannot|can't)\s+(?:\S+\s+)?(?:countersign\w*
    |sign\w*) no\s+need\s+to\s+(?:counter)?sign
    ne\s+(?:le\s+|la\s+|les\s+)?(?:signer\w*|contresigner\w*|signera\w*)\s+pas
    pas\s+besoin\s+de\s+(?:contre)?signer no\s+(?:vamos\s+a\s+)?firmar\w*
    no\s+(?:lo\s+|la\s+)?firmar\w* non\s+(?:lo\s+|la\s+)?firmer\w*
    non\s+(?:serve\s+)?(?:contro)?firmare (?:tekenen|ondertekenen)\s+(?:\S+\s+)?niet
    niet\s+(?:\S+\s+)?(?:tekenen|ondertekenen) nao\s+(?:vamos\s+)?assinar\w*
    """
)
UNSIGNED = words(
    r"""
    unsigned not\s+(?:yet\s+)?(?:been\s+)?signed pending outstanding awaiting\s+signature
    still\s+(?:needs|requires)\s+(?:your\s+)?signature before\s+(?:it\s+is\s+)?signed
    nicht\s+(?:[\w'-]+\s+)?unterschrieben unterschreiben\s+sie ausstehend\w* non\s+signe\w*
    pas\s+(?:encore\s+)?signe\w* en\s+attente\s+de\s+signature signer sin\s+firmar
    pendiente\s+de\s+firma firmar\w* falta\s+(?:la\s+)?firma non\s+firmat\w*
    in\s+attesa\s+di\s+firma firmare niet\s+(?:[\w'-]+\s+)?ondertekend ondertekenen
    nao\s+assinad\w* pendente\s+de\s+assinatura assinar falta\s+(?:a\s+)?assinatura
    (?:won't|will\s+not|isn't|is\s+not|hasn't|has\s+not|not)\s+(?:[\w'-]+\s+){0,2}(?:be\s+
    |been\s+)?signed
    still\s+(?:sitting|pending|with\s+(?:our|the)\s+(?:legal|general\s+counsel|lawyers?))
    """
)
LEGAL = family(
    r"(?:sla|disponibilit\w*|availability|verfugbarkeit|beschikbaarheid|disponibilidad\w*|uptime)"
    r"\s+(?:[\w'-]+\s+){0,4}\d{2}(?:[.,]\d+)?\s*pct",
    r"audit\s+rights?|auditrecht\w*|droit\s+d'audit|derecho\s+de\s+auditoria|diritto\s+di\s+audit"
    r"|direito\s+de\s+auditoria|exit\s+(?:plan|strategy|clause)|dora\b",
    r"red-?lin\w*|tracked\s+changes|mark-?up\s+of\s+(?:the\s+)?(?:msa|contract|agreement)",
    r"(?:liability|indemnit\w*|governing\s+law|jurisdiction|warrant(?:y|ies)|sla|service\s+levels?"
    r"|termination|dpa|data\s+processing|ip\s+rights|intellectual\s+property|confidentiality)\s+"
    r"(?:[\w'-]+\s+){0,4}(?:clause|section|cap|terms|language|provision|change|amend|remov|add(?!end)|revis"
    r"|negotiat|increase|exclude|uncapped|unlimited)\w*",
    r"(?:change|amend|revis|modif|add(?!end)|remov|delet|strik|negotiat|renegotiat)\w*\s+(?:[\w'-]+\s+){0,4}"
    r"(?:clause|section|msa|master\s+agreement|contract|agreement|dpa|sla|liability|indemnit\w*)",
    r"(?:unlimited|uncapped)\s+liability|liability\s+cap|limitation\s+of\s+liability",
    r"(?:penalt\w*|liquidated\s+damages|vertragsstrafe\w*|konventionalstrafe\w*|penalit\w*"
    r"|penalizacion\w*|penalidad\w*|multa\w*|penal[ei]\w*|boete\w*|contractuele\s+boete)"
    r"(?:\s+[\w'-]+){0,8}\s+(?:per|por|pro|par|a|al|da|de|voor|je)\s+(?:[\w'-]+\s+)?(?:hour|hora|stunde|heure|ora|uur|day|dia|tag|jour|giorno"
    r"|dag|week|semana|woche|semaine|settimana)",
    r"(?:penalt\w*|vertragsstrafe|penalites|penalizacion|penale|boete|multa)\w*\s+(?:[\w'-]+\s+){0,4}"
    r"(?:for|fur|pour|por|per|voor|por)\s+(?:[\w'-]+\s+){0,2}(?:delay|late|verzug|verspatung|retard"
    r"|retraso|ritardo|vertraging|atraso)",
    r"haftung\w*|freistellung(?!sbescheinigung)\w*|gerichtsstand|anwendbares\s+recht|vertragsanderung\w*"
    r"|(?:anderung|anpassung)\w*\s+(?:[\w'-]+\s+){0,3}(?:vertrag\w*|rahmenvertrag|klausel\w*|msa)",
    r"(?:plafond|limitation|limite)\s+de\s+responsabilite|indemnisation|droit\s+applicable"
    r"|juridiction|(?:modifi|chang|amend)\w*\s+(?:[\w'-]+\s+){0,3}(?:contrat|clause|accord-cadre)",
    r"limitacion\s+de\s+responsabilidad|responsabilidad\s+ilimitada|indemniz\w*|jurisdiccion"
    r"|ley\s+aplicable|(?:modific|cambi|enmend)\w*\s+(?:[\w'-]+\s+){0,3}(?:contrato|clausula)",
    r"limitazione\s+di\s+responsabilita|responsabilita\s+illimitata|manleva|foro\s+competente"
    r"|legge\s+applicabile|(?:modific|cambi)\w*\s+(?:[\w'-]+\s+){0,3}(?:contratto|clausol\w*)",
    r"aansprakelijkheid\w*|vrijwaring\w*|toepasselijk\s+recht|bevoegde\s+rechter"
    r"|(?:wijzig|aanpass)\w*\s+(?:[\w'-]+\s+){0,3}(?:contract|overeenkomst|clausule\w*)",
    r"limitacao\s+de\s+responsabilidade|responsabilidade\s+ilimitada|foro|lei\s+aplicavel"
    r"|(?:alter|modific|mud)\w*\s+(?:[\w'-]+\s+){0,3}(?:contrato|clausula\w*)",
)
# A contract's clause, and changing it: "eliminare la clausola di rinnovo automatico".
CONTRACT_CLAUSE = words(
    r"""
    clauses? klausel\w* clausol[ae] clausulas? clausule\w* bestimmung\w* disposition\w*
    article\s+\d+ paragraph\w* paragraf\w* artikel\s+\d+ articolo\s+\d+ articulo\s+\d+
    auto-?renewal automatische\w*\s+verlangerung reconduction\s+tacite renovacion\s+automatica
    rinnovo\s+automatico stilzwijgende\s+verlenging renovacao\s+automatica liability\s+cap
    haftungs\w* non-?compete exclusivit\w* exklusivitat
    """
)
CLAUSE_CHANGE = words(
    r"""
    chang\w* amend\w* modif\w* revis\w* add\w* insert\w* negotiat\w* renegotiat\w* andern
    anpass\w* erganz\w* aufnehm\w* modifier ajout\w* renegoci\w* cambi\w* agreg\w* anad\w*
    aggiung\w* inserir\w* wijzig\w* aanpass\w* toevoeg\w* alter\w* acrescent\w* inclu\w*
    """
)
# Liability of an insurance certificate is no contract change.
INSURANCE = words(
    r"""
    (?:general|professional|cyber|product|public|employer\w*)\s+liability insurance\w*
    certificate\s+of\s+insurance coi haftpflicht\w* versicherung\w* assurance\w* seguro\w*
    assicurazion\w* verzekering\w*
    """
)
# The contracting party itself changes: "please make the contract with our subsidiary".
PARTY_CHANGE = family(
    r"(?:contract\w*|agreement|order\s+form|quote|vertrag\w*|vertragspartner\w*|auftragsformular"
    r"|contrat|devis|contrato|oferta|contratto|offerta|overeenkomst|offerte|proposta)(?:\s+[\w'-]+){0,6}"
    r"\s+(?:in\s+the\s+name\s+of|au\s+nom\s+de|a\s+nombre\s+de|intestat\w*\s+a\w*|in\s+nome\s+d\w*"
    r"|op\s+(?:de\s+)?naam\s+van|em\s+nome\s+d\w*|para\s+o\s+nome\s+d\w*|auf\s+(?:den\s+namen|die)"
    r"|with|mit|avec|con|met|com):?\s+(?:[\w'().,-]+\s+){0,5}(?:subsidiary|affiliate|holding\w*|parent"
    r"|tochter\w*|mutter\w*|filiale?|filial|controllata|consociata|dochter\w*|subsidiaria|gmbh|ag|sas"
    r"|sa|srl|s\.r\.l\.|spa|bv|b\.v\.|nv|lda|ltda|inc|ltd|llc|ab|pte|plc|pty|sarl|kg|oy|as|sp)\b",
    r"(?:contract\w*|vertrag\w*|contrat|contrato|contratto|overeenkomst)\s+(?:should|must|soll|muss"
    r"|doit|debe|deve|dovra|moet|deve)\s+(?:[\w'-]+\s+){0,3}(?:be\s+)?(?:with|mit|avec|con|met|com)\b",
    r"vertragspartner\w*\s+(?:[\w'-]+\s+){0,3}(?:soll|wird|ist)\s+(?:[\w'-]+\s+){0,2}(?:kunftig|ab\s+sofort"
    r"|nun|jetzt|unsere)",
    r"(?:vertragspartner\w*|contracting\s+(?:party|entity)|counterparty|cocontractant\w*|parte"
    r"\s+contratante|entidad\s+contratante|contraente|contractpartij|contractpartner)[\s\w]{0,60}?"
    r"\b(?:no\s+longer|nicht\s+mehr|ne\s+\w+\s+plus|ya\s+no|non\s+piu|niet\s+meer|nao\s+mais|new|neue"
    r"|nouvel\w*|nueva|nuova|nieuwe|nova|chang\w*|switch\w*|wechsel\w*|andert)",
    r"(?:contract\w*|agreement|quote|order\s+form|vertrag\w*|angebot\w*|auftragsformular\w*"
    r"|contrat|devis|bon\s+de\s+commande|contrato|oferta|contratto|offerta|offerte|overeenkomst"
    r"|proposta)[\s\w,]{0,60}?\b(?:umstell\w*|umschreib\w*|transfer\w*|mov(?:e|ed|ing)|switch\w*|reissu\w*|re-issu\w*"
    r"|overzetten|omzetten|transferir|trasferire|intestare|reintestare|emitir\s+a\s+nombre)\s+"
    r"(?:[\w-]+\s+){0,4}(?:auf|to|naar|a|para|su|vers|sur|al|alla)\s+(?:[\w'-]+\s+){0,4}"
    r"(?:gesellschaft|company|entity|entite|societe|sociedad|empresa|societa|vennootschap|bedrijf"
    r"|entidade|subsidiary|tochter\w*|filial\w*|controllata|dochter\w*)",
    # German verb-final: "die Verträge werden auf unsere neue Muttergesellschaft umgestellt"
    r"(?:vertrag\w*|vertrage|auftragsformular\w*|angebot\w*)\s+(?:[\w'-]+\s+){0,6}auf\s+(?:[\w'-]+\s+){0,3}"
    r"\w*(?:gesellschaft|konzern|tochter|mutter)\w*\s+(?:[\w'-]+\s+){0,2}(?:umgestellt|ubertragen"
    r"|umgeschrieben|uberfuhrt)",
    r"(?:contract\w*|agreement|order|po|contracting\s+party|counterparty)\s+(?:[\w'-]+\s+){0,6}"
    r"(?:with|to|under|through)\s+(?:our\s+|a\s+|the\s+)?(?:new\s+|different\s+|other\s+)?"
    r"(?:subsidiary|affiliate|parent|sister\s+company|entity|holding)\s+(?:[\w'-]+\s+){0,4}"
    r"(?:instead|rather)",
    # Documents to be made out to another entity: "em nome desta entidade", "au nom de cette
    # société", "auf den Namen der neuen Gesellschaft".
    r"(?:in\s+the\s+name|au\s+nom|a\s+nombre|in\s+nome|op\s+(?:de\s+)?naam|em\s+nome|auf\s+den\s+namen)"
    r"\s+(?:of\s+|de\s+|di\s+|van\s+|d[eao]?\s+)?(?:this|that|the\s+new|cette|cet|esta|esa|la\s+nueva"
    r"|questa|la\s+nuova|deze|de\s+nieuwe|essa|nova|dieser|der\s+neuen|desta|dessa|da\s+nova|della"
    r"\s+nuova)"
    r"\s+(?:entity|company|entite|societe|entidad|empresa|sociedad|entita|societa|entiteit"
    r"|vennootschap|entidade|gesellschaft|firma)",
    # Another entity to be the counterparty in place of the quoted one: "ad essere la Vostra
    # controparte contrattuale, in luogo di…", "to be your counterparty instead of…"
    r"(?:essere|be|sein|etre|ser|zijn)\s+(?:la\s+|the\s+|ihr\w*\s+|votre\s+|su\s+|uw\s+|a\s+)?"
    r"(?:vostra\s+|your\s+|vossa\s+|vuestra\s+)?(?:controparte|counterparty|vertragspartner\w*|cocontractant"
    r"|contraparte|contractpartij|contraente|contracting\s+party)",
    # Someone else becomes the contracting party: "che diventerà Vostro contraente", "wird Ihr
    # Vertragspartner", "deviendra votre cocontractant", "passa a ser a parte contratante".
    r"(?:becom\w*|will\s+be|diventer\w*|divent\w*|wird|werden|devien\w*|deviendr\w*|sera|seran"
    r"|convertir\w*|wordt|worden|passa\w*\s+a\s+ser|torna\w*|sara)\s+(?:[\w.'-]+\s+){0,4}?"
    r"(?:contracting\s+(?:party|entity)|vertragspartner\w*|cocontractant\w*|contraente|parte"
    r"\s+contratante|entidad\s+contratante|contractpartij|contractpartner|counterparty)",
    r"novat\w*|assign\w*\s+(?:the\s+)?(?:contract|agreement|order)|contracting\s+(?:party|entity)"
    r"\s+(?:[\w'-]+\s+){0,3}(?:change|will\s+be|is\s+now|becomes)",
    r"vertragspartner\w*\s+(?:[\w'-]+\s+){0,4}(?:andert|wechselt|wird|ist\s+(?:jetzt|kunftig))"
    r"|vertragsubernahme|(?:vertrag|bestellung)\w*\s+(?:[\w'-]+\s+){0,5}(?:uber|mit)\s+(?:unsere\w*\s+)?"
    r"(?:tochter|schwester|mutter)gesellschaft",
    r"cocontractant\w*|changement\s+(?:de\s+)?(?:l'entite|la\s+societe)\s+contractante|cession\s+du"
    r"\s+contrat|(?:contrat|commande)\s+(?:[\w'-]+\s+){0,5}(?:avec|par)\s+(?:notre\s+)?filiale",
    r"(?:parte|entidad|sociedad)\s+contratante\s+(?:[\w'-]+\s+){0,3}(?:cambia|sera)|cesion\s+del"
    r"\s+contrato|(?:contrato|pedido)\s+(?:[\w'-]+\s+){0,5}(?:con|a\s+traves\s+de)\s+(?:nuestra\s+)?filial",
    r"(?:parte|societa|entita)\s+contraente\s+(?:[\w'-]+\s+){0,3}(?:cambia|sara)|cessione\s+del"
    r"\s+contratto|(?:contratto|ordine)\s+(?:[\w'-]+\s+){0,5}(?:con|tramite)\s+(?:la\s+nostra\s+)?"
    r"(?:controllata|consociata)",
    r"contractpartij\s+(?:[\w'-]+\s+){0,3}(?:wijzigt|wordt)|contractovername|(?:contract|order)\s+"
    r"(?:[\w'-]+\s+){0,5}(?:met|via)\s+(?:onze\s+)?(?:dochter|zuster)(?:maatschappij|onderneming)",
    r"(?:parte|entidade|empresa)\s+contratante\s+(?:[\w'-]+\s+){0,3}(?:muda|sera|passa)|cessao\s+do"
    r"\s+contrato|(?:contrato|pedido)\s+(?:[\w'-]+\s+){0,5}(?:com|atraves\s+da)\s+(?:nossa\s+)?"
    r"(?:subsidiaria|filial|coligada)",
    # "the contract and the invoices in her name from now on", "bought by our parent company"
    r"(?:contract\w*|vertrag\w*|contrat|contrato|contratto|overeenkomst)[\s\w,]{0,40}?\s(?:in\s+(?:its"
    r"|their|her)\s+name|op\s+(?:haar|zijn|hun)\s+naam|auf\s+(?:ihren|seinen)\s+namen|a\s+(?:son|leur)\s+nom"
    r"|a\s+su\s+nombre|a\s+(?:suo|loro)\s+nome|em\s+(?:seu|nome\s+del[ae]))",
    r"(?:aangekocht|gekocht|betaald|bought|purchased|paid|gekauft|bezahlt|achete\w*|paye\w*|comprad\w*"
    r"|pagad\w*|acquistat\w*|pagat\w*)\s+(?:\S+\s+){0,3}(?:door|by|von|par|por|da|pela|pelo)\s+(?:\S+\s+){0,3}"
    r"(?:moedermaatschappij|holding\w*|parent|mutter\w*|maison\s+mere|societe\s+mere|casa\s+matriz|matriz"
    r"|capogruppo|casa\s+madre|controllante|empresa-mae|subsidiary|affiliate|tochter\w*|filiale?"
    r"|dochter\w*|filial|controllata|consociata|subsidiaria)",
    # "l'ordine e il contratto ... saranno intestati a: Bellosguardo Holding S.r.l."
    r"(?:contract\w*|vertrag\w*|contrat|contrato|contratto|overeenkomst|order\w*|ordine|commande"
    r"|pedido|bestelling|encomenda)[^.;!?]{0,80}?(?:in\s+the\s+name\s+of|made\s+out\s+to|issued\s+to"
    r"|ausgestellt\s+auf|au\s+nom\s+de|a\s+nombre\s+de|intestat\w*\s+a|in\s+nome\s+d\w*"
    r"|op\s+(?:de\s+)?naam\s+van|em\s+nome\s+d\w*)[\s:]+(?:[\w&'-]+\s+){0,4}(?:holding\w*|group\w*|gruppo"
    r"|grupo|groep|gruppe|parent|mutter\w*|capogruppo|s\.?r\.?l\.?|s\.?p\.?a\.?|gmbh|ag|sas|s\.?a\.?|b\.?v\.?"
    r"|n\.?v\.?|ltd|llc|inc|lda|ltda)\b",
    # ... or the new name on the next line: "il contratto ... saranno intestati a:"
    r"(?:contract\w*|vertrag\w*|contrat|contrato|contratto|overeenkomst)[^.;!?]{0,80}?(?:intestat\w*\s+a"
    r"|in\s+the\s+name\s+of|au\s+nom\s+de|a\s+nombre\s+de|op\s+naam\s+van|em\s+nome\s+de)(?=\s*:\s*$)",
)

# "Nachtrag: die Bestellnummer wird … lauten", "Addendum: …": a label on the mail's own
# afterthought, at the start of its sentence, not a contract amendment.
POSTSCRIPT = re.compile(r"^\W*(?:nachtrag|addendum|adenda|aggiunta)\s*:", re.IGNORECASE)

# --- one entity set against another -------------------------------------------------------
# A company named by its legal form: "Mondego Holding, SGPS, S.A.", "Eemstad B.V.".
_LEGAL_FORM = (
    r"(?:gmbh|ag|s\.a\.|sa|sgps|s\.r\.l\.|srl|s\.p\.a\.|spa|b\.v\.|bv|n\.v\.|nv|ltd|inc|llc|plc|ab"
    r"|oy|a/s|s\.l\.u?\.?|slu?|sas|sarl|lda|ltda|kg|holding\w*|sp\.\s*z\s*o\.\s*o\.)"
)
_ENTITY = rf"(?:[\w'&.-]+,?\s+){{1,5}}{_LEGAL_FORM}(?![\w/])"
_NOT_THAT_ONE = (
    r"(?:,?\s*(?:and|e|y|und|et|en)\s+(?:not|nao|no|nicht|non|niet|pas)|\binstead\s+of|\brather\s+than"
    r"|\ben\s+lugar\s+de|\ben\s+vez\s+de|\binvece\s+(?:che|d\w*)|\banziche|\bin\s+plaats\s+van|\bstatt"
    r"|\banstatt|\banstelle|\bau\s+lieu\s+d\w*|\bplutot\s+que|\bem\s+vez\s+d\w*|\bao\s+inves\s+d\w*"
    r"|\bem\s+lugar\s+d\w*|\bin\s+luogo\s+d\w*)"
)
# "... celebrados pela Mondego Holding, S.A., e não pela Águas do Mondego, S.A.": the other
# entity, in place of the one named before (with a contracting noun in the clause).
ENTITY_INSTEAD = re.compile(
    rf"{_NOT_THAT_ONE}\s+(?:(?:by|pela|pelo|por|von|par|da|dalla|dal|door|de|del|della|di|from"
    rf"|with|mit|avec|con|met|com)\s+)?(?:(?:the|la|a|o|el|il|lo|de|het|der|die|den|le|l')\s*)?{_ENTITY}"
)
# Who contracts: the contract, the order, the award, the quote it answers.
CONTRACTING = words(
    r"""
    contract\w* agreement\w* vertrag\w* contrat\w* contrato\w* contratto\w* overeenkomst\w*
    award\w* adjudica\w* aggiudica\w* vergabe\w* gunning\w* quote\w* quotation\w* proposal\w*
    proposta\w* propuesta\w* offert\w* oferta\w* angebot\w* devis
    """
)
# Our documents to be made out again for someone else: "que la oferta y el contrato se
# reemitan a nombre de…", "riemettere offerta e contratto con la nuova intestazione".
REISSUE = words(
    r"""
    re-?issu\w* re-?emit\w* riemett\w* riemess\w* neu\s+aus(?:zu)?stell\w* neu\s+ausgestellt
    re?emett\w* opnieuw\s+(?:uit\w*|op\w*)
    herschrev\w* rifare refaz\w* rehac\w*
    """
)
IN_NAME_OF = words(
    r"""
    in\s+the\s+name\s+of in\s+(?:its|their|her|his)\s+name a\s+nombre\s+de a\s+su\s+nombre
    em\s+nome\s+d\w* a\s+nome\s+d\w* in\s+nome\s+d\w* intestazion\w* intestat\w* op\s+(?:de\s+)?naam
    au\s+nom\s+d\w* auf\s+den\s+namen new\s+(?:entity|company|name)
    (?:to|for)\s+(?:this|that|the\s+new|our\s+new|the\s+other)\s+(?:entity|company|subsidiary|affiliate)
    nuova\s+(?:ragione|denominazione) nova\s+(?:entidade|denominacao)
    nueva\s+(?:razon|sociedad|entidad) neue[nr]?\s+(?:gesellschaft|firma)
    """
)
# The contract passed to another company: "el contrato deberá cederse", "cessione del contratto".
ASSIGNED = words(
    r"""
    ced(?:ido|idas?|an|a) ceder\w* cesion\w* ceduto cessione cessao assign\w* abtret\w* ubertrag\w*
    ubergeh\w* overdr(?:agen|acht|eg)\w* overgedragen subentr\w*
    """
)
# Not this one but that one: "el pedido no se emitirá desde X, sino desde: Y".
BUT_FROM = re.compile(
    r"\b(?:sino|sondern|mais|ma|maar|mas|but)\s+(?:sim\s+)?(?:desde|por|de|a\s+traves\s+de|von|uber"
    r"|durch|par|da|door|vanuit|via|pela|pelo|by|from|through)\b\s*(?::|" + _ENTITY + ")"
)
