"""The print screen: `view` shows the document and follows the job, `actions` is what it asks of
the services (`StationPrint` binds it to the station's printers), and `flow` owns what is pending
on it, whichever screen asked for the document."""

from desk.ui.views.print.actions import PrintActions, PrintOrder, StationPrint
from desk.ui.views.print.flow import PrintFlow, ask_to_print, pdf_folder
from desk.ui.views.print.view import PrintView

__all__ = [
    "PrintActions",
    "PrintFlow",
    "PrintOrder",
    "PrintView",
    "StationPrint",
    "ask_to_print",
    "pdf_folder",
]
