/** PDF documents rendered from XHTML with the embedded Chinese font: waybill labels, e-invoices. */
@NamedInterface("pdf")
@NullMarked
package io.escapement.platform.pdf;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
