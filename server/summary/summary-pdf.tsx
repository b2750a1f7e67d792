import "server-only";
import path from "node:path";
import { Document, Font, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import type { PlanSummary, SummaryGoal } from "@/server/domain/plan-summary";

/**
 * The summary as a PDF, laid out from the reader's summary (server/domain/plan-summary.ts),
 * which decided every word. Rendered on the server only: the PDF library never reaches a page's
 * bundle. DejaVu Sans (server/summary/fonts, Bitstream Vera licence) writes every name in Latin,
 * Greek and Cyrillic scripts as typed (the PDF's built-in Helvetica knows only Western European
 * letters: "Łukasz" came out as "Aukasz"); it is embedded as a subset, and its text stays extractable.
 */
const fonts = path.join(/*turbopackIgnore: true*/ process.cwd(), "server/summary/fonts");
Font.register({
  family: "DejaVu Sans",
  fonts: [{ src: path.join(fonts, "DejaVuSans.ttf") }, { src: path.join(fonts, "DejaVuSans-Bold.ttf"), fontWeight: "bold" }],
});
// Words are kept whole: no hyphenation dictionary, so a marker or a link is never split with a hyphen.
Font.registerHyphenationCallback((word) => [word]);
const styles = StyleSheet.create({
  page: { paddingVertical: 40, paddingHorizontal: 44, fontFamily: "DejaVu Sans", fontSize: 10, lineHeight: 1.4, color: "#1e293b" },
  title: { fontSize: 18, fontWeight: "bold", marginBottom: 4 },
  subtitle: { color: "#475569", marginBottom: 2 },
  section: { marginTop: 16 },
  heading: { fontSize: 12, fontWeight: "bold", marginBottom: 6, paddingBottom: 2, borderBottom: "1pt solid #cbd5e1" },
  row: { flexDirection: "row", marginBottom: 2 },
  label: { width: 90, fontWeight: "bold" },
  value: { flex: 1 },
  item: { marginBottom: 8 },
  strong: { fontWeight: "bold" },
  muted: { color: "#475569" },
  empty: { color: "#64748b" },
  footer: { position: "absolute", bottom: 20, left: 44, right: 44, fontSize: 8, color: "#64748b" },
});

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <View style={styles.section}>
      <Text style={styles.heading} minPresenceAhead={40}>
        {title}
      </Text>
      {children}
    </View>
  );
}

function Empty({ children }: { children: string }) {
  return <Text style={styles.empty}>{children}</Text>;
}

function Goals({ goals, none }: { goals: SummaryGoal[]; none: string }) {
  if (!goals.length) return <Empty>{none}</Empty>;
  return goals.map((goal, index) => (
    <View key={index} style={styles.item} wrap={false}>
      <Text>
        <Text style={styles.strong}>{goal.text}</Text>
        <Text style={styles.muted}>{`  ${goal.kind} · ${goal.label}`}</Text>
      </Text>
      {goal.detail ? <Text>{goal.detail}</Text> : null}
      {goal.outcome ? <Text>{`After the meeting: ${goal.outcome}${goal.outcomeNote ? ` — ${goal.outcomeNote}` : ""}`}</Text> : null}
    </View>
  ));
}

export function SummaryDocument({ summary }: { summary: PlanSummary }) {
  return (
    <Document title={`Summary: ${summary.title}`} author="Second Round" subject={summary.preparedFor} creator="Second Round">
      <Page size="A4" style={styles.page}>
        <Text style={styles.title}>{summary.title}</Text>
        <Text style={styles.subtitle}>{summary.preparedFor}</Text>
        <Text style={styles.subtitle}>{`Stage: ${summary.stage}`}</Text>

        {summary.outcome && (
          <Section title="Outcome">
            <Text style={styles.strong}>{summary.outcome.label}</Text>
            {summary.outcome.message ? <Text>{summary.outcome.message}</Text> : null}
            {summary.outcome.closedOn ? <Text style={styles.muted}>{`Closed on ${summary.outcome.closedOn}`}</Text> : null}
          </Section>
        )}

        <Section title="The meeting">
          {summary.meeting.map((row) => (
            <View key={row.label} style={styles.row}>
              <Text style={styles.label}>{row.label}</Text>
              <Text style={styles.value}>{row.value}</Text>
            </View>
          ))}
          {summary.agenda.length ? (
            <View style={styles.row}>
              <Text style={styles.label}>Agenda</Text>
              <View style={styles.value}>
                {summary.agenda.map((point, index) => (
                  <Text key={index}>{`${index + 1}. ${point}`}</Text>
                ))}
              </View>
            </View>
          ) : null}
        </Section>

        <Section title="The people">
          {summary.people.length ? (
            summary.people.map((person, index) => (
              <View key={index} style={styles.item} wrap={false}>
                <Text>
                  <Text style={styles.strong}>{person.name}</Text>
                  {person.jobTitle ? <Text style={styles.muted}>{`, ${person.jobTitle}`}</Text> : null}
                </Text>
                {person.wantsToEstablish ? <Text>{`Wants to establish: ${person.wantsToEstablish}`}</Text> : null}
              </View>
            ))
          ) : (
            <Empty>No interviewers named.</Empty>
          )}
        </Section>

        <Section title="What the first interview established">
          {summary.firstInterview.length ? (
            summary.firstInterview.map((item, index) => (
              <View key={index} style={styles.item} wrap={false}>
                <Text>
                  <Text style={styles.strong}>{item.topic}</Text>
                  <Text style={styles.muted}>{`  ${item.status}`}</Text>
                </Text>
                <Text>{item.summary}</Text>
                {item.comments.map((comment, i) => (
                  <Text key={i} style={styles.muted}>{`— ${comment}`}</Text>
                ))}
              </View>
            ))
          ) : (
            <Empty>Nothing recorded from the first interview.</Empty>
          )}
        </Section>

        <Section title={summary.myGoals.heading}>
          <Goals goals={summary.myGoals.goals} none="No goals written." />
        </Section>
        <Section title={summary.theirGoals.heading}>
          <Goals goals={summary.theirGoals.goals} none="None shared." />
        </Section>

        <Section title="Next steps">
          {summary.steps === null ? (
            <Empty>Next steps are agreed after the meeting.</Empty>
          ) : (
            <>
              {summary.steps.agreed ? <Text style={[styles.strong, { marginBottom: 6 }]}>{summary.steps.agreed}</Text> : null}
              {summary.steps.items.length ? (
                summary.steps.items.map((step, index) => (
                  <View key={index} style={styles.item} wrap={false}>
                    <Text style={styles.strong}>{step.description}</Text>
                    <Text style={styles.muted}>{[`Owner: ${step.owner}`, step.due && `due ${step.due}`, step.status].filter(Boolean).join(" · ")}</Text>
                    {step.confirmations.map((line, i) => (
                      <Text key={i}>{line}</Text>
                    ))}
                  </View>
                ))
              ) : (
                <Empty>No next steps proposed yet.</Empty>
              )}
            </>
          )}
        </Section>

        {summary.debriefNote !== null && (
          <Section title="Your debrief note">
            <Text>{summary.debriefNote}</Text>
          </Section>
        )}
        {summary.internalNote !== null && (
          <Section title="Internal note (the organisation's side only)">
            <Text>{summary.internalNote}</Text>
          </Section>
        )}

        <Text
          style={styles.footer}
          fixed
          render={({ pageNumber, totalPages }) => `Second Round · generated on ${summary.generatedOn} · page ${pageNumber} of ${totalPages}`}
        />
      </Page>
    </Document>
  );
}

export function renderSummaryPdf(summary: PlanSummary): Promise<Buffer> {
  return renderToBuffer(<SummaryDocument summary={summary} />);
}
