package com.quizdeck.backup.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quizdeck.account.AccountService;
import com.quizdeck.backup.BackupService;
import com.quizdeck.support.UiTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@UiTest
class BackupViewTest extends SpringBrowserlessTest {

    @Autowired
    BackupService backups;
    @Autowired
    AccountService accounts;

    @Test
    @WithUserDetails("admin")
    void an_admin_downloads_a_backup_and_an_import_into_a_used_instance_is_refused_with_the_reason() throws Exception {
        var view = navigate(BackupView.class);
        assertThat(find(Anchor.class).all()).anyMatch(a -> a.getElement().getTextRecursively().contains("Download a backup"));
        assertThat(find(Upload.class).all()).hasSize(1);

        var file = Files.createTempFile("backup", ".zip");
        try (var out = Files.newOutputStream(file)) {
            backups.export(out);
        }
        view.confirmImport("school.zip", file);
        var dialog = find(ConfirmDialog.class).single();
        assertThat(dialog.getElement().getProperty("message")).startsWith("school.zip: ").contains("rows in");
        view.runImport(file);
        assertThat(view.getElement().getTextRecursively()).contains("This instance is not empty");
    }

    @Test
    @WithUserDetails("teacher")
    void an_instructor_cannot_open_the_backup_page() {
        assertThatThrownBy(() -> navigate(BackupView.class)).isInstanceOf(Exception.class);
        assertThat(getCurrentView()).isNotInstanceOf(BackupView.class);
    }
}
