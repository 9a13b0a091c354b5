"""CRM exports: validated row types and the folder loader."""

from connectors.crm.load import CrmImportError, load_crm
from connectors.crm.model import (
    PO_FIELDS,
    Contact,
    CrmException,
    CrmSnapshot,
    Opportunity,
    PoRequirement,
    SourceRef,
)

__all__ = [
    "PO_FIELDS",
    "Contact",
    "CrmException",
    "CrmImportError",
    "CrmSnapshot",
    "Opportunity",
    "PoRequirement",
    "SourceRef",
    "load_crm",
]
