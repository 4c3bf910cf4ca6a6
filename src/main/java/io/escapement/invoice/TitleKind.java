package io.escapement.invoice;

/** Whom an invoice is made out to: a person (a name only) or a company (its name and tax number). */
public enum TitleKind {
    PERSONAL,
    COMPANY
}
