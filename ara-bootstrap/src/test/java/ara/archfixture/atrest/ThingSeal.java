package ara.archfixture.atrest;

/** The support module for data at rest, which only the stores (persistence, redis) and bootstrap may use. */
public final class ThingSeal {
    public String seal(String value) {
        return new StringBuilder(value).reverse().toString();
    }
}
