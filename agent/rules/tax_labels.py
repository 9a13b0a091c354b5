"""The words that introduce a tax ID in mail, per country, and stdnum's check for each.

A label says which stdnum modules may validate the value after it ("ABN" -> stdnum.au.abn).
A value with a country prefix is also tried as a VAT number of any country stdnum knows
(stdnum.vatin). Short acronyms match in capitals only ("TIN", "NIP", "PAN" are words too).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType

import stdnum
from stdnum import vatin
from stdnum.ch import uid as ch_uid
from stdnum.exceptions import ValidationError
from stdnum.no import orgnr as no_orgnr

_S = "[ \u00a0\u2009\u202f.\u2010\u2011\u2013/-]"
# A second label after a slash or "and": "IČO/DIČ", "ABN / ACN", "C.F. e P.IVA" (never
# "Tax ID / PO").
_OTHER_LABEL = (
    r"VAT|TVA|IVA|BTW|MWST|MwSt|UID|DI[ČC]|ABN|ACN|EIN|TIN|CIF|NIF|NIE|GST|HST|MVA|CVR|NIP"
    r"|C\.[ ]?F\.|(?i:tax[ -]?id|USt-?IdNr\.?|Steuer-?Nr\.?|Steuernummer|P\.?[ ]?IVA"
    r"|partita IVA|codice fiscale)"
)
# Between label and value: "No.", "number", "Reg.", "intracommunautaire", ":", "is", "/DIČ",
# "(UK)", a table cell's "|", up to one blank line.
_FILLER = (
    r"(?:[ \t:#=()|*_-]*(?:(?:(?i:no|nr|nro|num|number|nummer|numero|número|numéro|n°|nº|id"
    r"|n\.º|n\.°|code|reg|registration|registered|identification|intra-?communautaire|intracomunitaria)"
    r"|is|ist|est|es|è|é|lautet|reads|remains|stays|bleibt|reste|rimane|blijft|mant[ée]m(?:-se)?"
    r"|sigue|continua)\.?(?![\w])"
    rf"|(?:/ ?|\s(?:e|y|und|et|and|&|o)\s)(?:{_OTHER_LABEL})(?![\w])"
    r"|\([A-Za-zÀ-ž .-]{2,24}\)))*[ \t:#=()|*_-]*(?:\n[ \t|*_]*){0,2}"
)
# Or a few words, then a colon or a verb: "VAT number of our new entity: ...", "Steuernummer
# der neuen Gesellschaft lautet ...". No digits and no other document in those words, so
# "VAT number, PO and billing entity: 4500012345" gives no tax ID.
# An invoice named as the number's purpose ("CNPJ para la factura es …", "VAT number for the
# invoice: …") is no other document: fixed-width look-behinds, one per preposition. Only the
# words before the value count ("… es 12.418.337/0001-52. El pedido …" names no other one).
_FOR_THE = (
    r"(?<!for\sthe\s)(?<!for\san\s)(?<!para\sla\s)(?<!pour\sla\s)(?<!fur\sdie\s)(?<!für\sdie\s)"
    r"(?<!per\sla\s)(?<!voor\sde\s)(?<!para\sa\s)(?<!en\sla\s)(?<!on\sthe\s)(?<!auf\sder\s)"
    r"(?<!sur\sla\s)(?<!nella\s)(?<!op\sde\s)(?<!na\s)"
)
_QUALIFIED = (
    r"[ \t,]+(?!(?i:[^:\n\d]*\b(?:PO|P\.O\.|order|quote|bestell|auftrag"
    rf"|angebot|commande|devis|pedido|ordine|offert|ordre|ref|reference|ticket|case"
    rf"|phone|tel|fax|iban|account|konto|{_FOR_THE}(?:invoice|rechnung|factur|fattur))))"
    r"[^:\n\d]{1,40}?"
    r"(?::|\s(?i:is|ist|lautet|est|es|è|é|är|er|reads|remains|stays|bleibt|reste|rimane|blijft"
    r"|mant[ée]m(?:-se)?|sigue|continua))[ \t(]*(?:\n[ \t]*){0,2}"
)
_VALUE = rf"(?P<v>(?:[A-Z]{{1,5}}{_S}?){{0,2}}\d(?:{_S}?[0-9A-Z]){{4,24}})(?![0-9A-Za-z])"
_SWISS_SUFFIX = re.compile(r"(?:MWST|TVA|IVA|TPV)$")
_VAT_COUNTRY = {"EL": "GR", "XI": "GB", "CHE": "CH"}
# Countries stdnum has modules for (stdnum/de, stdnum/in_, ...), plus the VAT-only prefixes.
COUNTRIES = frozenset(
    {
        m.name.rstrip("_").upper()
        for m in pkgutil.iter_modules(stdnum.__path__)
        if m.ispkg and len(m.name.rstrip("_")) == 2
    }
    | {"EL", "XI"}
)
_ANY_TAX_ID = "us.ein us.tin gb.vat au.abn nz.ird in_.gstin br.cnpj mx.rfc ca.bn"

# (label, stdnum modules for a value without a country prefix)
_TABLE: tuple[tuple[str, str], ...] = (
    (r"(?i:VAT|V\.A\.T\.|value[ -]added[ -]tax)", "gb.vat ie.vat"),
    (
        r"(?i:USt[ .-]*Id[ .-]*Nr\.?|USt[ .-]*ID|USt[ .-]*Nr\.?|Umsatzsteuer[ -]?"
        r"(?:Identifikationsnummer|ID|Nummer)|MwSt[ .-]*Nr\.?|UID[ .-]*(?:Nr|Nummer)\.?)|UID",
        "de.vat at.uid ch.uid",
    ),
    (r"(?i:Steuer[ -]?(?:nummer|nr\.?)|St\.?[ -]?Nr\.?)", "de.stnr"),
    (r"(?i:Steuer[ -]?ID|steuerliche Identifikationsnummer)", "de.idnr"),
    (r"MWST|(?i:Mehrwertsteuer)", "ch.uid de.vat"),
    (r"TVA(?:[ -]?(?i:intra(?:-?communautaire)?))?|(?i:num[ée]ro de TVA)", "fr.tva be.vat lu.tva"),
    (
        r"(?i:P\.?[ ]?IVA|Partita[ ]IVA|Codice[ ]Fiscale)|IVA|C\.[ ]?F\.",
        "it.iva it.codicefiscale es.nif",
    ),
    (r"NIF|N\.I\.F\.|CIF|C\.I\.F\.|NIE|NIPC|(?i:Contribuinte)", "es.nif pt.nif fr.nif ro.cf"),
    (
        r"(?:BTW|Btw|btw)(?:[ -]?(?i:identificatienummer|nummer|nr\.?|id))?"
        r"|(?i:Ondernemingsnummer)",
        "nl.btw be.vat",
    ),
    (r"SIREN|SIRET", "fr.siren fr.siret"),
    (r"CNPJ|CPF", "br.cnpj br.cpf"),
    (r"ABN|ACN|ARBN|TFN", "au.abn au.acn au.tfn"),
    (r"GSTIN|GST[ ]?IN|PAN", "in_.gstin in_.pan"),
    (r"GST(?:/HST)?|HST|IRD", "in_.gstin nz.ird au.abn sg.uen ca.bn"),
    (r"RFC", "mx.rfc"),
    (
        r"F?EIN|ITIN|TIN|UTR|TRN|(?i:employer identification number|federal (?:tax )?id"
        r"(?:entification)?|tax[ -]?id(?:entification)?|tax (?:number|code|reference|reg"
        r"(?:istration)?)|taxpayer id|business number)",
        _ANY_TAX_ID,
    ),
    (
        r"(?i:Org\.?[ -]?(?:nr|no)\.?|organisasjonsnummer|organisationsnummer|Foretaksregisteret"
        r"|moms(?:reg)?[ .-]?(?:nr|nummer)\.?)|MVA",
        "no.orgnr no.mva se.orgnr se.vat dk.cvr",
    ),
    (r"CVR(?:[ -]?(?i:nr)\.?)?|SE[ -]nr\.?", "dk.cvr"),
    (r"(?i:Y[ -]tunnus|ALV[ -]?(?:nro|numero))", "fi.ytunnus fi.alv"),
    (r"NIP|REGON", "pl.nip pl.regon"),
    (r"I[ČC]O|DI[ČC]|I[ČC][ ]?DPH", "cz.dic sk.dph"),
    (r"PVM|PVN|DDV|KMKR|OIB|ΑΦΜ|AFM|(?i:adószám)", "lt.pvm lv.pvn si.ddv ee.kmkr hr.oib gr.vat"),
    (r"ÁFA|CUI|EIK|ЕИК|BULSTAT", "hu.anum ro.cui bg.vat"),
    (r"UEN|BN|VKN|INN|ИНН|RUT|CUIT", "sg.uen ca.bn tr.vkn ru.inn cl.rut uy.rut ar.cuit"),
    (r"NIT|RUC|BRN", "co.nit pe.ruc ec.ruc kr.brn"),
)


@dataclass(frozen=True)
class Label:
    pattern: re.Pattern[str]  # the label, filler, and the value in group "v"
    modules: tuple[str, ...]  # stdnum modules, e.g. "au.abn"; a trailing "!" forces check digits


LABELS = tuple(
    Label(
        re.compile(
            rf"(?<![0-9A-Za-zÀ-ž.-])(?:{label})(?![A-Za-zÀ-ž])(?:{_FILLER}|{_QUALIFIED}){_VALUE}"
        ),
        tuple(modules.split()),
    )
    for label, modules in _TABLE
)


def validate(value: str, modules: tuple[str, ...]) -> tuple[str, str, str] | None:
    """(compact, kind, country) from the first module whose check holds, or None."""
    for name in modules:
        try:
            checked = _vat(value) if name == "vatin" else _module_check(value, name)
        except (ValidationError, ValueError, IndexError):  # some modules trip on odd input
            continue
        if checked is not None:
            return checked
    return None


def _vat(value: str) -> tuple[str, str, str]:
    """A VAT number with its country prefix; Swiss and Norwegian suffixes are optional."""
    cc = "CHE" if value.startswith("CHE") else value[:2]
    if cc == "CHE" and not _SWISS_SUFFIX.search(value):
        return str(ch_uid.validate(value)), "vat", "CH"
    if cc == "NO" and not value.endswith("MVA"):
        return "NO" + str(no_orgnr.validate(value[2:])), "vat", "NO"
    checked = str(vatin.validate(value))
    if cc == "CHE":
        checked = _SWISS_SUFFIX.sub("", checked)
    return checked, "vat", _VAT_COUNTRY.get(cc, cc)


def _module_check(value: str, name: str) -> tuple[str, str, str] | None:
    strict = name.endswith("!")
    name = name.rstrip("!")
    module = _module(name)
    checked = (
        module.validate(value, validate_check_digits=True) if strict else module.validate(value)
    )
    country, kind = name.split(".")
    return (str(checked), kind, country.rstrip("_").upper()) if checked else None


@cache
def _module(name: str) -> ModuleType:
    return importlib.import_module(f"stdnum.{name}")
