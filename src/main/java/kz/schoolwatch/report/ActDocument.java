// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report;

import java.util.List;

/**
 * An inspection act laid out with every text in the user's language: the PDF and the printed page both draw this,
 * so they say the same.
 *
 * @param heading    the lines under the title: district, school, address, date, who checked
 * @param findings   each requirement with its finding
 * @param orders     the orders issued on the act's failed findings
 * @param signatures the captions of the signature lines («Проверил: капитан полиции Н. Сериков»)
 */
public record ActDocument(String organisation, String title, List<String> heading, List<Column> findingColumns,
                          List<Finding> findings, String ordersTitle, List<Column> orderColumns, List<List<String>> orders,
                          String noOrders, String remarks, List<String> signatures, String signatureDateLine,
                          String fileName) {

    public ActDocument {
        heading = List.copyOf(heading);
        findingColumns = List.copyOf(findingColumns);
        findings = List.copyOf(findings);
        orderColumns = List.copyOf(orderColumns);
        orders = List.copyOf(orders);
        signatures = List.copyOf(signatures);
    }

    /** A column: its header and share of the width. */
    public record Column(String header, float weight) {
    }

    /**
     * One row of the findings table; {@code breaks} is «Нарушено: title (source)» for a failed item, else null;
     * {@code thumbnails} the small JPEGs of its photos, printed under it.
     */
    public record Finding(String number, String requirement, String result, boolean failed, String note, String breaks,
                          List<byte[]> thumbnails) {

        public Finding {
            thumbnails = List.copyOf(thumbnails);
        }
    }
}
