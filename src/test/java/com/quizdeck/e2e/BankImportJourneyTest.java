package com.quizdeck.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * An instructor uploads a bank file in the browser: a broken file shows its error with the line and
 * imports nothing; the fixed file shows a preview, and confirming imports exactly that. Then a deck
 * is downloaded as GIFT.
 */
class BankImportJourneyTest extends BrowserTest {

    private static final String BROKEN = """
            // Quiz on the 2024 treaty
            ::Article 23::Article 23 of the 2024 treaty keeps it in force {
            =indefinitely, unless one party gives notice
            ~for ten years
            ~until 2030

            ::Article 4::Article 4 sets preconditions under domestic law. {T}
            """;

    @Test
    void instructorPreviewsFixesAndImportsABankFile() throws Exception {
        var desktop = page(Viewport.DESKTOP);
        login(desktop, "teacher", "teacher-demo-pass");
        desktop.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Decks").setExact(true)).click();
        assertThat(heading(desktop, "Decks")).isVisible();
        assertThat(desktop.getByText("Treaties of the Russia–DPRK alliance: 1961, 2000 and 2024")).isVisible();
        screenshotBoth(desktop, "decks");

        button(desktop, "Import bank file").click();
        upload(desktop, "treaty.gift.txt", BROKEN);
        assertThat(desktop.getByText("treaty.gift.txt: 1 problem: nothing will be imported")).isVisible();
        assertThat(desktop.getByText("treaty.gift.txt:2:", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertThat(button(desktop, "Import")).isDisabled();
        screenshot(desktop, "import-errors");

        var fixed = BROKEN.replace("~until 2030\n", "~until 2030\n}\n");
        upload(desktop, "treaty.gift.txt", fixed);
        var confirm = button(desktop, "Import 2 questions");
        assertThat(confirm).isEnabled();
        assertThat(desktop.getByText("treaty.gift.txt: 1 Single choice, 1 True false")).isVisible();
        screenshot(desktop, "import-preview");
        confirm.click();
        assertThat(desktop.getByText("Imported 2 questions into 1 deck.")).isVisible();
        var row = desktop.getByText("treaty", new Page.GetByTextOptions().setExact(true)).first();
        assertThat(row).isVisible();

        button(desktop, "Download Treaties of the Russia–DPRK alliance: 1961, 2000 and 2024").click();
        var download = desktop.waitForDownload(() -> desktop.getByText("Moodle GIFT (.gift.txt)").click());
        var gift = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(download.suggestedFilename()).isEqualTo("rdprk-treaties.gift.txt");
        assertThat(gift).contains("::treaty-1961-abrogation-year::").contains("=1996");
    }

    private static void upload(Page page, String name, String content) {
        page.locator("vaadin-upload input[type=file]").setInputFiles(
                new FilePayload(name, "text/plain", content.getBytes(StandardCharsets.UTF_8)));
        waitForVaadin(page);
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
