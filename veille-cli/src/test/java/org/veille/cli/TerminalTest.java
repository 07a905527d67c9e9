// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Untrusted names and reasons reach the terminal as one inert line. */
class TerminalTest {

    @Test
    void escapesWhatATerminalWouldActOnAndNothingElse() {
        assertThat(Terminal.escape("dépêche «ok».txt")).isEqualTo("dépêche «ok».txt");
        assertThat(Terminal.escape("a\nb\rc\td")).isEqualTo("a\\nb\\rc\\td");
        assertThat(Terminal.escape("\u001b[2J\u009b31m\u007f")).isEqualTo("\\u001b[2J\\u009b31m\\u007f");
        assertThat(Terminal.escape("txt.\u202Eexe\u2028")).isEqualTo("txt.\\u202eexe\\u2028");
        assertThat(Terminal.escape("C:\\n")).isEqualTo("C:\\\\n"); // a backslash in a name cannot pass for an escape
    }

    @Test
    void usageErrorsQuoteArgumentsEscaped() {
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "analyze", "--format", "\u001b[31mred\nx", "a.txt");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).doesNotContain("\u001b").contains("\\u001b[31mred\\nx");
    }
}
