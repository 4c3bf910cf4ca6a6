package io.escapement.aftersales.web;

import io.escapement.aftersales.OpenReturn;
import io.escapement.aftersales.ReturnCaseId;
import io.escapement.aftersales.Returns;
import io.escapement.language.WordedRefusal;
import io.escapement.order.OrderNumber;
import io.escapement.vault.SubjectId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in buyer's returns for the apps (issue 14, ADR 48): open, follow, escalate, ship back, dispute. */
@RestController
@Tag(name = "Returns", description = "The signed-in buyer's returns (七天无理由退货) and disputes")
@RequestMapping(path = "/api/v1/me/returns", produces = "application/json")
class ReturnsApi {

    private final Returns returns;

    ReturnsApi(Returns returns) {
        this.returns = returns;
    }

    /**
     * A return of one of the buyer's delivered orders. {@code photos} are base64-encoded JPEG, PNG or
     * WebP files, at most 6.
     */
    record OpenReturnRequest(
            @Nullable String orderNumber,
            @Nullable String reason,
            @Nullable Boolean asSentWithBoxAndPapers,
            @Nullable List<String> photos) {}

    /** Why the buyer disputes the case. */
    record DisputeRequest(@Nullable String reason) {}

    @GetMapping
    @Operation(summary = "The buyer's return cases, newest first")
    List<ReturnView> list(Authentication buyer) {
        return returns.ofBuyer(SubjectId.ofBuyer(buyer)).stream()
                .map(ReturnView::of)
                .toList();
    }

    @PostMapping(consumes = "application/json")
    @Operation(
            summary = "Opens a return of a delivered order within 7 days of delivery, with a reason, the declaration"
                    + " that the watch is as sent with box and papers, and up to 6 photos; 404 for another buyer's"
                    + " order, 409 after the window or for a second return, 400 for bad input")
    ResponseEntity<ReturnView> open(Authentication buyer, @RequestBody OpenReturnRequest request) {
        var number = OrderNumber.parse(request.orderNumber() == null ? "" : request.orderNumber())
                .orElseThrow(() -> new WordedRefusal(HttpStatus.NOT_FOUND, "aftersales.notFound"));
        var photos = new ArrayList<byte[]>();
        var given = request.photos() == null ? List.<String>of() : request.photos();
        if (given.size() > Returns.MAX_PHOTOS) {
            throw new WordedRefusal("aftersales.tooManyPhotos", Returns.MAX_PHOTOS);
        }
        for (var photo : given) {
            try {
                photos.add(Base64.getMimeDecoder().decode(photo == null ? "" : photo));
            } catch (IllegalArgumentException notBase64) {
                throw new WordedRefusal("aftersales.photoRefused");
            }
        }
        var opened = returns.open(
                SubjectId.ofBuyer(buyer),
                number,
                new OpenReturn(
                        request.reason() == null ? "" : request.reason(),
                        Boolean.TRUE.equals(request.asSentWithBoxAndPapers()),
                        photos));
        return ResponseEntity.status(HttpStatus.CREATED).body(ReturnView.of(opened));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of the buyer's return cases with its timeline; another buyer's answers 404")
    ReturnView one(Authentication buyer, @PathVariable String id) {
        return returns.ofBuyer(SubjectId.ofBuyer(buyer), caseId(id))
                .map(ReturnView::of)
                .orElseThrow(() -> new WordedRefusal(HttpStatus.NOT_FOUND, "aftersales.notFound"));
    }

    @PostMapping("/{id}/escalate")
    @Operation(summary = "Takes the merchant's refusal to customer service; 409 unless the return was refused")
    ReturnView escalate(Authentication buyer, @PathVariable String id) {
        return ReturnView.of(returns.escalate(SubjectId.ofBuyer(buyer), caseId(id)));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraws a requested or refused return; 409 otherwise")
    ReturnView withdraw(Authentication buyer, @PathVariable String id) {
        return ReturnView.of(returns.withdraw(SubjectId.ofBuyer(buyer), caseId(id)));
    }

    @PostMapping("/{id}/pickup")
    @Operation(
            summary = "Books the carrier's pickup of the watch back to the merchant (a return waybill);"
                    + " 409 unless the return was accepted and not shipped back yet")
    ReturnView pickup(Authentication buyer, @PathVariable String id) {
        return ReturnView.of(returns.bookReturn(SubjectId.ofBuyer(buyer), caseId(id)));
    }

    @PostMapping(path = "/{id}/dispute", consumes = "application/json")
    @Operation(summary = "Disputes the case with customer service, until the order is settled; 409 after, or twice")
    ReturnView dispute(Authentication buyer, @PathVariable String id, @RequestBody DisputeRequest request) {
        return ReturnView.of(returns.disputeAsBuyer(
                SubjectId.ofBuyer(buyer), caseId(id), request.reason() == null ? "" : request.reason()));
    }

    private static ReturnCaseId caseId(String id) {
        return CaseIds.parse(id).orElseThrow(() -> new WordedRefusal(HttpStatus.NOT_FOUND, "aftersales.notFound"));
    }
}
