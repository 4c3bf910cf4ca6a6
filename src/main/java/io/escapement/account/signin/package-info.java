/** Signing in and the credentials behind it: SMS codes and their budget, phone sign-in and registration, e-mail and password, passkeys, bound external accounts, and changing the number, e-mail or password. */
@NullMarked
package io.escapement.account.signin;

import org.jspecify.annotations.NullMarked;
