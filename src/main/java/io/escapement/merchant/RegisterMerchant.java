package io.escapement.merchant;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Registers a merchant business. */
public record RegisterMerchant(String name, String nameEn, String city, LocalDate since, BigDecimal rating) {}
