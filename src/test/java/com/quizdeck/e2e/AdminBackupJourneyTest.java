package com.quizdeck.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The admin opens Backup from the menu and downloads a backup: a zip with a manifest and one file per table. */
class AdminBackupJourneyTest extends BrowserTest {

    @Test
    void anAdminDownloadsABackupOfEverything() throws Exception {
        var page = page(Viewport.DESKTOP);
        login(page, "admin", "admin-demo-pass");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Backup").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Backup").setExact(true))).isVisible();
        screenshotBoth(page, "admin-backup");

        var download = page.waitForDownload(() -> page.getByText("Download a backup").click());
        assertThat(download.suggestedFilename()).matches("quizdeck-backup-\\d{8}-\\d{4}\\.zip");
        var names = new ArrayList<String>();
        try (var zip = new ZipFile(download.path().toFile())) {
            zip.stream().forEach(e -> names.add(e.getName()));
        }
        assertThat(names).contains("manifest.json", "tables/user_account.json", "tables/classroom.json",
                "tables/question_version.json", "tables/quiz_attempt.json", "tables/study_review.json",
                "tables/live_answer.json");
    }
}
