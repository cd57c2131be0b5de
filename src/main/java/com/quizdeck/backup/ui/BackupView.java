package com.quizdeck.backup.ui;

import com.quizdeck.backup.BackupRefusedException;
import com.quizdeck.backup.BackupService;
import com.quizdeck.backup.BackupSummary;
import com.quizdeck.base.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Admin: download the whole instance as one zip, or import such a zip into this (empty) instance.
 * The service does the checks; this page asks before importing and shows the service's reasons.
 */
@Route("admin/backup")
@RolesAllowed("ADMIN")
class BackupView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ZoneOffset.UTC);

    private final BackupService backups;
    private final AuthenticationContext auth;
    private final Div result = new Div();

    BackupView(BackupService backups, AuthenticationContext auth) {
        this.backups = backups;
        this.auth = auth;
        addClassName("qd-page");

        var download = new Anchor(DownloadHandler.fromInputStream(event -> {
            var file = Files.createTempFile("quizdeck-backup", ".zip");
            try (var out = Files.newOutputStream(file)) {
                backups.export(out);
            }
            var name = "quizdeck-backup-" + FILE_TIME.format(java.time.Instant.now()) + ".zip";
            return new com.vaadin.flow.server.streams.DownloadResponse(new DeleteOnClose(file), name, "application/zip",
                    Files.size(file));
        }), "");
        download.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("backup.export.button")));
        download.addClassName("qd-export-link");
        download.getElement().setAttribute("download", true);

        var upload = new Upload();
        upload.setUploadHandler(UploadHandler.toTempFile((meta, file) ->
                getUI().ifPresent(ui -> ui.access(() -> {
                    upload.clearFileList();
                    confirmImport(meta.fileName(), file.toPath());
                }))));
        upload.setAcceptedFileTypes(".zip", "application/zip");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(2_000_000_000);
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        upload.setWidthFull();
        upload.getElement().setAttribute("aria-label", getTranslation("backup.import.title"));

        result.getElement().setAttribute("aria-live", "polite");
        result.addClassName("qd-backup-result");

        var exportSection = new Div(new H3(getTranslation("backup.export.title")),
                muted(getTranslation("backup.export.help")), download);
        exportSection.addClassName("qd-backup-section");
        var importSection = new Div(new H3(getTranslation("backup.import.title")),
                muted(getTranslation("backup.import.help")), upload, result);
        importSection.addClassName("qd-backup-section");
        add(new H2(getTranslation("backup.title")), exportSection, importSection);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backup.title") + " · Quizdeck";
    }

    void confirmImport(String fileName, Path file) {
        BackupSummary summary;
        try {
            summary = backups.inspect(file);
        } catch (BackupRefusedException e) {
            showRefusal(e.getMessage());
            return;
        }
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("backup.import.confirm.title"));
        dialog.setText(getTranslation("backup.import.confirm.text", fileName, summary.totalRows(), summary.rows().size(),
                summary.createdAt().toString()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("backup.import.cancel"));
        dialog.setConfirmText(getTranslation("backup.import.confirm"));
        dialog.addConfirmListener(e -> runImport(file));
        dialog.open();
    }

    void runImport(Path file) {
        try {
            var written = backups.importArchive(file);
            result.removeAll();
            var done = new Paragraph(getTranslation("backup.import.done", written.totalRows(), written.rows().size()));
            done.addClassName("qd-backup-done");
            var again = new Button(getTranslation("backup.import.signin"), e -> auth.logout());
            again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            result.add(done, muted(getTranslation("backup.import.passwords")), again);
        } catch (BackupRefusedException e) {
            showRefusal(e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temp file
            }
        }
    }

    private void showRefusal(String message) {
        result.removeAll();
        var icon = VaadinIcon.WARNING.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        var text = new Span(message);
        var line = new Div(icon, text);
        line.addClassName("qd-backup-refused");
        result.add(line);
        Notifications.error(message);
    }

    private static Paragraph muted(String text) {
        var p = new Paragraph(text);
        p.addClassName("qd-muted");
        return p;
    }

    /** The exported temp file, removed once the download has been sent. */
    private static final class DeleteOnClose extends java.io.FilterInputStream {
        private final Path file;

        DeleteOnClose(Path file) throws IOException {
            super(Files.newInputStream(file));
            this.file = file;
        }

        @Override
        public void close() throws IOException {
            super.close();
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
