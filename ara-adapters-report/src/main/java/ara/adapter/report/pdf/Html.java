package ara.adapter.report.pdf;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

/**
 * The report's XHTML, built as a DOM rather than as text: every string goes in as a text node or an attribute
 * value, so no organisation name, answer or questionnaire text can ever become markup, whatever it contains.
 * Characters that XML cannot carry (control characters, lone surrogates) are replaced. One instance per document;
 * not thread-safe.
 */
final class Html {
    static final String NAMESPACE = "http://www.w3.org/1999/xhtml";
    /** Stands in for characters XML cannot carry. */
    static final char REPLACEMENT = '\uFFFD';

    private static final DocumentBuilder BUILDER = newBuilder();

    private final Document document;
    private final Tag head;
    private final Tag body;

    /** @param language the document's language (BCP 47), as {@code lang} and {@code xml:lang} on the root */
    Html(String title, String language) {
        document = newDocument();
        Element html = document.createElementNS(NAMESPACE, "html");
        html.setAttribute("lang", language);
        html.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:lang", language);
        document.appendChild(html);
        head = new Tag(document, html).add("head");
        head.add("title").text(title);
        body = new Tag(document, html).add("body");
    }

    private static DocumentBuilder newBuilder() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try {
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's DOM implementation is unavailable", e);
        }
    }

    private static Document newDocument() {
        // A DocumentBuilder is not thread-safe; creating an empty document is all it does here, and it is quick.
        synchronized (BUILDER) {
            return BUILDER.newDocument();
        }
    }

    Document document() {
        return document;
    }

    Tag head() {
        return head;
    }

    Tag body() {
        return body;
    }

    /**
     * {@code text} with every character XML 1.0 cannot carry (C0 controls other than tab, line feed and carriage
     * return, U+FFFE/U+FFFF, lone surrogates) replaced by U+FFFD.
     */
    static String clean(String text) {
        StringBuilder cleaned = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1));
                if (ok) {
                    if (cleaned != null) {
                        cleaned.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                ok = !Character.isLowSurrogate(c) && (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
                        && c != '\uFFFE' && c != '\uFFFF';
            }
            if (!ok && cleaned == null) {
                cleaned = new StringBuilder(length).append(text, 0, i);
            }
            if (cleaned != null) {
                cleaned.append(ok ? c : REPLACEMENT);
            }
        }
        return cleaned == null ? text : cleaned.toString();
    }

    /** One element of the document under construction. */
    static final class Tag {
        private final Document document;
        private final Element element;

        private Tag(Document document, Element element) {
            this.document = document;
            this.element = element;
        }

        /** Appends a child element and returns it. */
        Tag add(String name) {
            Element child = document.createElementNS(NAMESPACE, name);
            element.appendChild(child);
            return new Tag(document, child);
        }

        /** Appends a child element with a class attribute (none when {@code null}) and returns it. */
        Tag add(String name, String cssClass) {
            Tag child = add(name);
            return cssClass == null ? child : child.attr("class", cssClass);
        }

        /** Appends a child element with a class and a text and returns it. */
        Tag add(String name, String cssClass, String text) {
            return add(name, cssClass).text(text);
        }

        /** Appends text (as a text node: never markup) and returns this element. */
        Tag text(String text) {
            element.appendChild(document.createTextNode(clean(text)));
            return this;
        }

        Tag attr(String name, String value) {
            element.setAttribute(name, clean(value));
            return this;
        }

        Element element() {
            return element;
        }
    }
}
