package ara.adapter.report.pdf;

import java.util.List;

/** A table of the report: fixed column widths, a header row repeated on every page, numbers right-aligned. */
final class Table {
    /** A column: its header, its CSS width and whether it holds numbers (right-aligned). */
    record Column(String header, String width, boolean numeric) {
        static Column text(String header, String width) {
            return new Column(header, width, false);
        }

        static Column number(String header, String width) {
            return new Column(header, width, true);
        }
    }

    private final List<Column> columns;
    private final Html.Tag body;

    private Table(List<Column> columns, Html.Tag body) {
        this.columns = columns;
        this.body = body;
    }

    static Table of(Html.Tag parent, String cssClass, Column... columns) {
        Html.Tag table = parent.add("table", "grid " + cssClass);
        Html.Tag colgroup = table.add("colgroup");
        Html.Tag head = table.add("thead").add("tr");
        for (Column column : columns) {
            colgroup.add("col").attr("style", "width: " + column.width());
            head.add("th", column.numeric() ? "num" : null, column.header());
        }
        return new Table(List.of(columns), table.add("tbody"));
    }

    /** A row of text cells, one per column from the left; returns it, to append further cells. */
    Html.Tag row(String... cells) {
        Html.Tag tr = body.add("tr");
        for (int i = 0; i < cells.length; i++) {
            tr.add("td", i < columns.size() && columns.get(i).numeric() ? "num" : null, cells[i]);
        }
        return tr;
    }

    /** An empty row, for cells that are more than text. */
    Html.Tag row() {
        return body.add("tr");
    }
}
