/**
 * The address book (issue 13, U-8): a buyer's shipping addresses, at most {@value
 * io.escapement.address.AddressBook#LIMIT}, one of them the default. Recipient, mobile number and
 * detail line are sealed in the vault, each address under a data subject of its own that is
 * shredded when the address is deleted; province, city and district are GB/T 2260 codes checked
 * against the {@link io.escapement.address.Divisions} list (ADR 31). Checkout copies an address
 * with {@link io.escapement.address.AddressBook#forCheckout}. Owns the {@code address} schema.
 */
@ApplicationModule(
        displayName = "Address book",
        allowedDependencies = {"privacy", "vault", "language", "account", "account :: spi"})
@ModuleRole(ModuleRole.Role.COMMERCE)
@NullMarked
package io.escapement.address;

import io.escapement.ModuleRole;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
