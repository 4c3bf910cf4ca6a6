package io.escapement.visual.web;

import io.escapement.visual.ShopTraffic;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Counts every request while it is served, before any other filter, so indexing can step aside. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ShopTrafficFilter implements Filter {

    private final ShopTraffic traffic;

    ShopTrafficFilter(ShopTraffic traffic) {
        this.traffic = traffic;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        traffic.requestStarted();
        try {
            chain.doFilter(request, response);
        } finally {
            traffic.requestFinished();
        }
    }
}
