package com.quizdeck.bank.ui;

import com.quizdeck.bank.BankWriter;
import com.quizdeck.bank.QuestionBankExporter;
import com.quizdeck.deck.DeckSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/** Download one deck in each export format, saying up front what GIFT cannot hold. */
class ExportDialog extends Dialog {

    ExportDialog(QuestionBankExporter exporter, DeckSummary deck) {
        setHeaderTitle(getTranslation("bank.export.title", deck.title()));
        var list = new Div();
        list.addClassName("qd-export-list");
        list.add(option(exporter, deck, BankWriter.Target.NATIVE, getTranslation("bank.export.native"),
                getTranslation("bank.export.native-hint")));
        list.add(option(exporter, deck, BankWriter.Target.GIFT, getTranslation("bank.export.gift"),
                getTranslation("bank.export.gift-hint")));
        list.add(option(exporter, deck, BankWriter.Target.CSV, getTranslation("bank.export.csv"),
                getTranslation("bank.export.csv-hint")));
        list.add(option(exporter, deck, BankWriter.Target.JSON, getTranslation("bank.export.json"),
                getTranslation("bank.export.json-hint")));
        var skipped = exporter.export(deck.id(), BankWriter.Target.GIFT).skipped();
        if (!skipped.isEmpty()) {
            var note = new Paragraph(getTranslation("bank.export.skipped", skipped.size(), String.join(", ",
                    skipped.stream().map(s -> s.questionId() + " (" + s.type().wireName() + ")").toList())));
            note.addClassName("qd-muted");
            list.add(note);
        }
        add(list);
        getFooter().add(new Button(getTranslation("bank.export.close"), e -> close()));
        setWidth("min(560px, 95vw)");
    }

    private static Div option(QuestionBankExporter exporter, DeckSummary deck, BankWriter.Target target, String label,
            String hint) {
        var handler = DownloadHandler.fromInputStream(event -> {
            var file = exporter.export(deck.id(), target);
            return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.fileName(),
                    file.mediaType() + "; charset=UTF-8", file.bytes().length);
        });
        var link = new Anchor(handler, "");
        link.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(label));
        link.addClassName("qd-export-link");
        var text = new Span(hint);
        text.addClassName("qd-muted");
        var row = new Div(link, text);
        row.addClassName("qd-export-option");
        return row;
    }
}
