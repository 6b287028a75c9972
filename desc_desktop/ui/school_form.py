from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QByteArray, QStandardPaths, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desc_desktop.domain.school import MAX_LOGO_BYTES, SchoolDetails
from desc_desktop.ui.generated.ui_school_details import Ui_SchoolDetailsForm

TEXT_FIELDS = tuple(f.name for f in fields(SchoolDetails) if f.name != "logo")


class SchoolDetailsForm(QWidget):
    """The school's letterhead details; used by the first-run dialog and Admin."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SchoolDetailsForm()
        self.ui.setupUi(self)
        self._logo: bytes | None = None
        self.ui.choose_logo.clicked.connect(self.choose_logo)
        self.ui.clear_logo.clicked.connect(lambda: self.set_logo(None))
        self.set_logo(None)

    def details(self) -> SchoolDetails:
        return SchoolDetails(**{n: getattr(self.ui, n).text() for n in TEXT_FIELDS},
                             logo=self._logo)

    def set_details(self, details: SchoolDetails) -> None:
        for name in TEXT_FIELDS:
            getattr(self.ui, name).setText(getattr(details, name))
        self.set_logo(details.logo)

    def widgets(self) -> dict[str, QWidget]:
        found: dict[str, QWidget] = {n: getattr(self.ui, n) for n in TEXT_FIELDS}
        found["logo"] = self.ui.choose_logo
        return found

    def set_logo(self, data: bytes | None) -> None:
        self._logo = data
        self.ui.clear_logo.setEnabled(data is not None)
        pixmap = QPixmap()
        if data and pixmap.loadFromData(QByteArray(data)):
            self.ui.logo_preview.setPixmap(pixmap.scaled(
                96, 48, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.ui.logo_preview.setText("(none)")

    def choose_logo(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        path, _ = QFileDialog.getOpenFileName(self, "Choose the school logo", start,
                                              "Images (*.png *.jpg *.jpeg *.bmp *.gif)")
        if not path:
            return
        with open(path, "rb") as handle:
            data = handle.read(MAX_LOGO_BYTES + 1)
        if len(data) > MAX_LOGO_BYTES or not QPixmap().loadFromData(QByteArray(data)):
            QMessageBox.warning(self, "Logo not used", "Choose a PNG or JPEG image under 2 MB.")
            return
        self.set_logo(data)
