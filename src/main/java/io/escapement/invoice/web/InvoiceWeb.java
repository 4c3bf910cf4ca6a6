package io.escapement.invoice.web;

import io.escapement.invoice.InvoiceTitleId;
import io.escapement.invoice.InvoiceTitles;
import io.escapement.order.OrderNumber;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** What the pages and the API share: reading ids from paths, and the PDF answer. */
final class InvoiceWeb {

    private InvoiceWeb() {}

    /** The title id in a path; a malformed one answers as an unknown title (404). */
    static InvoiceTitleId title(String id) {
        return InvoiceTitleId.parse(id).orElseThrow(InvoiceTitles::unknown);
    }

    /** The order number in a path; a malformed one answers as an unknown order (404). */
    static OrderNumber order(String number) {
        return OrderNumber.parse(number).orElseThrow(io.escapement.invoice.Invoices::unknownOrder);
    }

    /** The PDF as a download that no cache keeps. */
    static ResponseEntity<byte[]> pdf(String number, byte[] pdf) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("invoice-" + number + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }
}
