package io.escapement.search;

import io.escapement.catalog.Brand;
import io.escapement.catalog.Hold;
import io.escapement.catalog.Listing;
import io.escapement.catalog.ListingId;
import io.escapement.catalog.WatchReference;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.jspecify.annotations.Nullable;

/**
 * A listing as the index keeps it: nothing stored, ids and facets in doc values, and one analysed
 * text field with the brand's names and aliases, the family and model names, the nicknames and the
 * reference number (index-time synonyms, so free text finds them too).
 */
final class ListingDocument {

    static final String KEY = "key";
    static final String ID = "id";
    static final String STATUS = "status";
    static final String HELD_UNTIL = "heldUntil";
    static final String BRAND = "brand";
    static final String REFERENCE = "reference";
    static final String PRICE = "price";
    static final String YEAR = "year";
    static final String DIAMETER = "diameter";
    static final String CONDITION = "condition";
    static final String MATERIAL = "material";
    static final String BOX_PAPERS = "boxPapers";
    static final String CITY = "city";
    static final String PUBLISHED = "published";
    static final String TEXT = "text";

    private ListingDocument() {}

    static Term key(ListingId id) {
        return new Term(KEY, id.toString());
    }

    static Document of(Listing listing) {
        var reference = listing.reference();
        var document = new Document();
        document.add(new StringField(KEY, listing.id().toString(), Store.NO));
        document.add(new LongField(ID, listing.id().value(), Store.NO));
        document.add(new KeywordField(STATUS, listing.status().name(), Store.NO));
        document.add(new LongField(HELD_UNTIL, heldUntil(listing.hold()), Store.NO));
        document.add(new KeywordField(BRAND, listing.brand().slug(), Store.NO));
        document.add(new LongField(REFERENCE, reference.id().value(), Store.NO));
        document.add(new LongField(PRICE, listing.price().minor(), Store.NO));
        document.add(new LongField(YEAR, listing.year(), Store.NO));
        document.add(new LongField(DIAMETER, tenths(reference.diameterMm(), RoundingMode.HALF_UP), Store.NO));
        document.add(new KeywordField(CONDITION, listing.condition().name(), Store.NO));
        document.add(new KeywordField(MATERIAL, reference.caseMaterial().name(), Store.NO));
        document.add(new KeywordField(BOX_PAPERS, listing.boxAndPapers().name(), Store.NO));
        document.add(new KeywordField(CITY, listing.city(), Store.NO));
        var published = listing.publishedAt();
        document.add(new LongField(PUBLISHED, published == null ? 0 : published.toEpochMilli(), Store.NO));
        document.add(new TextField(TEXT, text(listing.brand(), reference), Store.NO));
        return document;
    }

    private static String text(Brand brand, WatchReference reference) {
        var words = new ArrayList<String>();
        words.add(brand.nameZh());
        words.add(brand.nameEn());
        words.addAll(brand.aliases());
        words.add(reference.familyNameZh());
        words.add(reference.familyNameEn());
        words.add(reference.nameZh());
        words.add(reference.nameEn());
        words.addAll(reference.nicknamesZh());
        words.addAll(reference.nicknamesEn());
        words.add(reference.referenceNumber());
        words.add(WatchReference.key(reference.referenceNumber()));
        return String.join(" \n ", words);
    }

    /**
     * The second from which the hold no longer counts, rounded up so that a search never finds a
     * held watch; 0 for none. Searches compare it with their own time ({@link QueryBuilder#base}).
     */
    static long heldUntil(@Nullable Hold hold) {
        if (hold == null) {
            return 0;
        }
        var until = hold.until();
        return until.getNano() == 0 ? until.getEpochSecond() : until.getEpochSecond() + 1;
    }

    static long tenths(BigDecimal millimetres, RoundingMode rounding) {
        return millimetres.movePointRight(1).setScale(0, rounding).longValueExact();
    }
}
