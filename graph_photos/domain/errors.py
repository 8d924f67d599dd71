"""What can go wrong in the photo domain, as exceptions.

Raised by the domain and the storage backends; the web layer maps each one to its Graph error
(`graph_photos.web.errors`). Messages written for clients are the exception's own.
"""

from __future__ import annotations


class PhotoNotFound(Exception):
    """The owner has no photo (or no photo of the asked size)."""


class PhotoExists(Exception):
    """The owner already has a photo, and the operation would not replace it."""


class PreconditionFailed(Exception):
    """An `If-Match` condition did not hold; nothing was changed."""


class ImageRejected(Exception):
    """The bytes are not a photo this service accepts; the message says why."""


class ImageTooNarrow(ImageRejected):
    """The image is narrower than a profile photo may be (Graph's `ValidationWidthTooSmall`)."""


class ImageTooShort(ImageRejected):
    """The image is less tall than a profile photo may be (`ValidationHeightTooSmall`)."""


class ObjectNotFound(Exception):
    """No user or group of the caller's tenant has this id (or userPrincipalName); the message
    is Graph's."""

    def __init__(self, reference: str) -> None:
        super().__init__(
            f"Resource '{reference}' does not exist or one of its queried reference-property "
            "objects are not present."
        )
        self.reference = reference


class ItemNotFound(Exception):
    """No contact or contact folder of this id in the mailbox (Graph's `ErrorItemNotFound`)."""


class FolderExists(Exception):
    """A folder beside it already has this name, ignoring case (`ErrorFolderExists`)."""


class DefaultFolderFixed(Exception):
    """The default Contacts folder cannot be renamed or deleted; the message says which."""


class ContactChanged(Exception):
    """The contact changed (or went) between an update's read and its write."""


class ApplicationChanged(Exception):
    """The app registration changed between an update's read and its write."""


class ApplicationNotFound(Exception):
    """No app registration of this client id (in this tenant)."""
