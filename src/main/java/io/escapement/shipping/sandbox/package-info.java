/**
 * The sandbox carrier, for development and tests: a small SF Express inside the platform. It books
 * a pickup (下单, serviceCode {@code EXP_RECE_CREATE_ORDER}) with a made-up waybill number and then
 * moves the parcel along on its own clock ({@code escapement.shipping.sandbox.step}), pushing each
 * route event (opCodes 50, 30, 44, 80) signed with its Ed25519 key to the tracking webhook. One of
 * the carrier adapter packages the crypto rule allows (ADR 43).
 */
@NullMarked
package io.escapement.shipping.sandbox;

import org.jspecify.annotations.NullMarked;
