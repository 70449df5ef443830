"""`desk upload FILE.pdf --kind KIND` and `desk outbox [list|retry|cancel]`: send and see
documents."""

from __future__ import annotations

import argparse
import contextlib
import logging
import uuid
from collections.abc import Iterator
from pathlib import Path

import pikepdf

from desk.cli.common import SubParsers, add_json_flag, emit
from desk.cli.settings import loaded_settings
from desk.domain.documents import DocumentKind, UploadState
from desk.errors import DeskError
from desk.runtime import Runtime, open_runtime
from desk.services import uploads as upload_service
from desk.services.ports import UowFactory
from desk.uploads.locks import LockBusy

log = logging.getLogger(__name__)

_SEND_WAIT_SECONDS = 60.0


def register(sub: SubParsers) -> None:
    """Add `upload` and `outbox`."""
    upload = sub.add_parser("upload", help="queue a PDF for upload and try to send it now")
    upload.add_argument("file", type=Path, metavar="FILE.pdf")
    upload.add_argument(
        "--kind", required=True, choices=[k.value for k in DocumentKind], help="what it is"
    )
    upload.add_argument("--visit", type=_visit_id, metavar="ID", help="the visit it belongs to")
    upload.add_argument(
        "--service",
        metavar="S",
        help="the council service it is for (routes it to that service's destination)",
    )
    upload.add_argument(
        "--reference",
        metavar="R",
        help="the resident's case reference with that service (checked against its format)",
    )
    add_json_flag(upload)
    upload.set_defaults(handler=_upload)

    outbox = sub.add_parser(
        "outbox", help="see the outbox, retry what failed or was interrupted, or cancel one"
    )
    outbox.add_argument(
        "action",
        nargs="?",
        choices=["list", "retry", "cancel"],
        default="list",
        help="list (default), retry [ID...] or cancel ID...",
    )
    outbox.add_argument(
        "ids", nargs="*", type=_document_id, metavar="ID", help="documents (retry, cancel)"
    )
    add_json_flag(outbox)
    outbox.set_defaults(handler=_outbox)


def _visit_id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a visit id: {text!r}") from None


def _document_id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a document id: {text!r}") from None


def _page_count(path: Path) -> int:
    if not path.is_file():
        raise DeskError(f"{path} does not exist or is not a file.")
    try:
        with pikepdf.open(path) as pdf:
            count = len(pdf.pages)
    except pikepdf.PasswordError:
        raise DeskError(
            f"{path} is a password-protected PDF: save an unprotected copy and upload that."
        ) from None
    except (pikepdf.PdfError, OSError) as error:
        reason = type(error).__name__ if isinstance(error, OSError) else "not a readable PDF"
        raise DeskError(
            f"{path} is not a PDF ({reason}): only PDF documents can be uploaded."
        ) from None
    if count < 1:
        raise DeskError(f"{path} has no pages: only PDF documents with pages can be uploaded.")
    return count


@contextlib.contextmanager
def _session(args: argparse.Namespace) -> Iterator[tuple[upload_service.Uploads, Runtime | None]]:
    """The outbox, and the shared database when it can be reached (the outbox works without)."""
    loaded = loaded_settings(args)
    runtime: Runtime | None
    try:
        runtime = open_runtime(loaded)
    except DeskError as error:
        log.info("uploading without the shared database: %s", type(error).__name__)
        runtime = None
    try:
        uploads = upload_service.open_uploads(
            loaded.settings, station_id=runtime.station.station_id if runtime else None
        )
    except BaseException:
        if runtime:
            runtime.close()
        raise
    try:
        yield uploads, runtime
    finally:
        uploads.close()
        if runtime:
            runtime.close()


def _line(entry: upload_service.OutboxEntry) -> str:
    text = f"{entry.id}  {entry.kind}  {entry.state.value}"
    if entry.service:
        text += f"  service {entry.service}"
        if entry.case_reference:
            text += f" ({entry.case_reference})"
    if entry.destination:
        text += f"  to {entry.destination}"
    if entry.back_office_status:
        text += f"  back office: {entry.back_office_status.value}"
        if entry.back_office_reason:
            text += f" ({entry.back_office_reason})"
    if entry.reference:
        text += f"  reference {entry.reference}"
    if entry.message and entry.state in {UploadState.FAILED, UploadState.REJECTED}:
        text += f"\n    {entry.message}"
    return text


def _upload(args: argparse.Namespace) -> int:
    pages = _page_count(args.file)
    if args.reference and not args.service:
        raise DeskError("--reference needs --service: a case reference belongs to a service.")
    with _session(args) as (uploads, runtime):
        uow = runtime.uow_factory if runtime else None
        if (
            args.service
            and uploads.services.services
            and uploads.services.get(args.service) is None
        ):
            known = ", ".join(sorted(uploads.services.services))
            raise DeskError(f"there is no service {args.service!r} in the services file ({known}).")
        if args.visit is not None:
            upload_service.check_visit(uow, args.visit)
        queued = upload_service.queue_document(
            uploads,
            uow,
            args.file,
            kind=args.kind,
            page_count=pages,
            visit_id=args.visit,
            service=args.service,
            case_reference=args.reference,
        )
        entry = queued
        with contextlib.suppress(LockBusy):
            for sent in upload_service.send_pending(
                uploads, uow, only=[queued.id], lock_timeout=_SEND_WAIT_SECONDS
            ):
                entry = sent
    data = entry.as_dict()
    if entry.state is UploadState.CONFIRMED:
        text = f"Uploaded ({pages} page{'s' if pages != 1 else ''}): reference {entry.reference}"
    elif entry.state is UploadState.REJECTED:
        raise DeskError(
            f"not uploaded: {entry.message} (document {entry.id} is kept in the outbox)"
        )
    else:
        text = f"Queued as {entry.id}; not sent yet. {entry.message or ''}".rstrip()
    emit(args, data, text)
    return 0


def _outbox(args: argparse.Namespace) -> int:
    if args.action == "list" and args.ids:
        raise DeskError("`desk outbox list` takes no document ids.")
    if args.action == "cancel" and not args.ids:
        raise DeskError(
            "say which document to cancel: `desk outbox cancel ID` (see `desk outbox`)."
        )
    with _session(args) as (uploads, runtime):
        uow = runtime.uow_factory if runtime else None
        if args.action == "retry":
            entries = upload_service.retry(
                uploads, uow, args.ids or None, lock_timeout=_SEND_WAIT_SECONDS
            )
            emit(
                args,
                [e.as_dict() for e in entries],
                "\n".join(_line(e) for e in entries) or "Nothing to retry.",
            )
            return 0
        if args.action == "cancel":
            return _cancel(args, uploads, uow)
        upload_service.recover_interrupted(uploads)
        upload_service.sync_outbox(uploads, uow)
        entries = upload_service.list_outbox(uploads)
    emit(
        args,
        [e.as_dict() for e in entries],
        "\n".join(_line(e) for e in entries) or "The outbox is empty.",
    )
    return 0


def _cancel(
    args: argparse.Namespace,
    uploads: upload_service.Uploads,
    uow: UowFactory | None,
) -> int:
    """Cancel each document given (audited); refuse, naming it, one that cannot be."""
    upload_service.recover_interrupted(uploads)
    entries = []
    for document_id in args.ids:
        entry = upload_service.cancel(uploads, uow, document_id)
        if entry is None:
            raise DeskError(f"there is no document {document_id} in the outbox.")
        if entry.state is UploadState.CONFIRMED:
            raise DeskError(
                f"document {document_id} has already been delivered (reference "
                f"{entry.reference}); it cannot be cancelled."
            )
        if entry.state is UploadState.SENDING:
            raise DeskError(
                f"document {document_id} is being sent right now; wait for the send to end, "
                "then try again."
            )
        entries.append(entry)
    emit(
        args,
        [e.as_dict() for e in entries],
        "\n".join(f"Cancelled {e.id}; its encrypted copy is wiped." for e in entries),
    )
    return 0
