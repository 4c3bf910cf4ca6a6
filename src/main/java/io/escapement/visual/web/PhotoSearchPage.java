package io.escapement.visual.web;

import io.escapement.visual.PhotoSearch;
import io.escapement.visual.UnacceptablePhoto;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The storefront's photo-shopping page: upload a photo, see similar watches on sale; says so when
 * the photo shows no watch, and while the photo index is still being built.
 */
@Controller
class PhotoSearchPage {

    private final PhotoSearch search;
    private final MessageSource messages;

    PhotoSearchPage(PhotoSearch search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    /** The share of the index built, while it is incomplete; absent once it is complete. */
    @ModelAttribute("indexing")
    @Nullable
    Integer indexing() {
        var state = search.indexState();
        return state.complete() ? null : state.percent();
    }

    @GetMapping("/photo-search")
    String form() {
        return "photo-search";
    }

    @PostMapping("/photo-search")
    String search(
            @RequestParam(name = "photo", required = false) @Nullable MultipartFile photo,
            Model model,
            HttpServletResponse response)
            throws IOException {
        try {
            var matches = search.search(photo == null ? new byte[0] : photo.getBytes(), PhotoSearch.MAX_RESULTS);
            if (matches.watchRecognised()) {
                model.addAttribute("results", matches.listings());
            } else {
                model.addAttribute("noWatch", true);
            }
        } catch (UnacceptablePhoto refused) {
            response.setStatus(refused.reason().status());
            model.addAttribute(
                    "problem",
                    messages.getMessage(
                            "photo.refused." + refused.reason().name(), null, LocaleContextHolder.getLocale()));
        }
        return "photo-search";
    }
}
