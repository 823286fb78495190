package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Transcript entries as typed columns instead of the wire frame they crossed as ({@code body}), and the
 * warning signs of a conversation as rows instead of a comma string. Every stored frame is read once here:
 * a visitor's typed words or picked value; the screener's words, the question it asks and the rest of what
 * it sent ({@code detail}); a summary's instruction and the summary itself. Java, not SQL, because the
 * frames are JSON and the same migration must run on H2 and PostgreSQL.
 */
public class V4__Typed_transcript extends BaseJavaMigration {

	private static final int BATCH = 500;

	private final JsonMapper json = JsonMapper.builder().build();

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("ALTER TABLE transcript_entry ADD COLUMN words TEXT");
			ddl.execute("ALTER TABLE transcript_entry ADD COLUMN picked VARCHAR(4000)");
			ddl.execute("ALTER TABLE transcript_entry ADD COLUMN question VARCHAR(64)");
			ddl.execute("ALTER TABLE transcript_entry ADD COLUMN detail TEXT");
			ddl.execute("""
					CREATE TABLE conversation_red_flag (
					    conversation_id VARCHAR(36) NOT NULL,
					    finding         VARCHAR(64) NOT NULL,
					    CONSTRAINT pk_conversation_red_flag PRIMARY KEY (conversation_id, finding),
					    CONSTRAINT fk_red_flag_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id)
					        ON DELETE CASCADE
					)""");
			ddl.execute("CREATE INDEX ix_conversation_red_flag_finding ON conversation_red_flag (finding)");
		}
		entries(connection);
		redFlags(connection);
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("ALTER TABLE transcript_entry DROP COLUMN body");
			ddl.execute("ALTER TABLE conversation DROP COLUMN red_flags");
		}
	}

	private void entries(Connection connection) throws Exception {
		try (Statement read = connection.createStatement();
				ResultSet rows = read.executeQuery("SELECT conversation_id, seq, speaker, kind, body FROM transcript_entry");
				PreparedStatement write = connection.prepareStatement(
						"UPDATE transcript_entry SET words = ?, picked = ?, question = ?, detail = ? WHERE conversation_id = ? AND seq = ?")) {
			int pending = 0;
			while (rows.next()) {
				JsonNode body = json.readTree(rows.getString("body"));
				String words = null;
				String picked = null;
				String question = null;
				String detail = null;
				if ("visitor".equals(rows.getString("speaker"))) {
					words = body.has("text") ? body.get("text").asString() : null;
					picked = body.has("value") ? json.writeValueAsString(body.get("value")) : null;
				}
				else {
					ObjectNode rest = ((ObjectNode) body).deepCopy();
					rest.remove("type");
					rest.remove("seq");
					if ("summary".equals(rows.getString("kind"))) {
						words = body.path("advice").path("heading").asString(null);
					}
					else {
						words = body.path("text").asString(null);
						rest.remove("text");
						JsonNode asked = body.path("ask").path("question");
						question = asked.isString() ? asked.asString() : null;
					}
					detail = rest.isEmpty() ? null : json.writeValueAsString(rest);
				}
				write.setString(1, words);
				write.setString(2, picked);
				write.setString(3, question);
				write.setString(4, detail);
				write.setString(5, rows.getString("conversation_id"));
				write.setInt(6, rows.getInt("seq"));
				write.addBatch();
				if (++pending == BATCH) {
					write.executeBatch();
					pending = 0;
				}
			}
			if (pending > 0) {
				write.executeBatch();
			}
		}
	}

	private static void redFlags(Connection connection) throws Exception {
		try (Statement read = connection.createStatement();
				ResultSet rows = read.executeQuery(
						"SELECT id, red_flags FROM conversation WHERE red_flags IS NOT NULL AND red_flags <> ''");
				PreparedStatement write = connection
					.prepareStatement("INSERT INTO conversation_red_flag (conversation_id, finding) VALUES (?, ?)")) {
			while (rows.next()) {
				for (String finding : new java.util.LinkedHashSet<>(java.util.List.of(rows.getString("red_flags").split(",")))) {
					if (!finding.isBlank()) {
						write.setString(1, rows.getString("id"));
						write.setString(2, finding.strip());
						write.addBatch();
					}
				}
			}
			write.executeBatch();
		}
	}

}
