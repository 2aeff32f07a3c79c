// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.sheets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A CSV file as one sheet named as the file; every cell is text, as the file holds nothing else. */
final class CsvTableFile implements TableFile {

    private final Path file;
    private final String name;
    private final CsvDialect dialect;

    CsvTableFile(Path file, SheetProgress progress) throws SheetFileException {
        this.file = file;
        this.name = file.getFileName().toString();
        try {
            this.dialect = CsvDialect.of(file, progress);
        } catch (IOException e) {
            throw FileErrors.classify(e);
        }
    }

    CsvDialect dialect() {
        return dialect;
    }

    @Override
    public List<String> sheetNames() {
        return List.of(name);
    }

    @Override
    public List<String> visibleSheetNames() {
        return sheetNames();
    }

    @Override
    public long rowCountHint(String sheet) {
        return -1;
    }

    @Override
    public Optional<String> mergedRangeInRow(String sheet, int rowNumber) {
        return Optional.empty();
    }

    @Override
    public RowSource open(String sheet) throws IOException {
        // Empty lines are kept as records so that a record's number is the row Excel shows for it.
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(dialect.delimiter())
                .setIgnoreEmptyLines(false)
                .get();
        CSVParser parser = CSVParser.builder().setReader(dialect.open(file)).setFormat(format).get();
        Iterator<CSVRecord> records = parser.iterator();
        return new RowSource() {
            @Override
            public RawRow next() throws SheetFileException {
                try {
                    if (!records.hasNext()) {
                        return null;
                    }
                    CSVRecord record = records.next();
                    List<Cell> cells = new ArrayList<>(record.size());
                    for (String value : record) {
                        cells.add(Cell.text(value));
                    }
                    return new RawRow((int) record.getRecordNumber(), cells);
                } catch (UncheckedIOException e) {
                    // An unclosed quote and the like: the file is not a table we can trust.
                    throw new SheetFileException(SheetFileException.Reason.UNREADABLE, e, String.valueOf(e.getCause().getMessage()));
                }
            }

            @Override
            public void close() throws IOException {
                parser.close();
            }
        };
    }

    @Override
    public void close() {
        // nothing held between reads
    }
}
