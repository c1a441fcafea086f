package org.fullaccounting.api.web.cases;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.fullaccounting.api.application.cases.CaseFileDocument;
import org.fullaccounting.api.application.cases.CaseFiles;
import org.fullaccounting.api.web.Labels;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.UUID;

/**
 * Renders a case file: the Thymeleaf template pdf/case-file (well-formed XHTML) laid out by
 * openhtmltopdf on PDFBox with DejaVu Sans embedded (subset), so the text can be extracted and
 * the file prints the same anywhere. One renderer behind the API and both pages' buttons.
 */
@Component
public class CaseFilePdf {

    private static final String FONT = "DejaVu Sans";

    private final CaseFiles files;
    private final TemplateEngine templates;
    private final Labels labels;

    CaseFilePdf(CaseFiles files, TemplateEngine templates, Labels labels) {
        this.files = files;
        this.templates = templates;
        this.labels = labels;
    }

    public ResponseEntity<byte[]> download(UUID caseId, Authentication who) {
        CaseFileDocument document = files.read(caseId, who);
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("d", document);
        context.setVariable("labels", labels);
        byte[] pdf = render(templates.process("pdf/case-file", context));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("case-file-" + document.serviceNumber().replaceAll("[^A-Za-z0-9-]", "") + ".pdf")
                        .build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }

    private static byte[] render(String xhtml) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> CaseFilePdf.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), FONT, 400,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> CaseFilePdf.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), FONT, 700,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
