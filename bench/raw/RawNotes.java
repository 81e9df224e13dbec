// A measuring stick for docs/performance.md, not part of Notes (no Maven module, no test runs it):
// GET /api/notes/{id} with the same SQL, JSON and ETag as Notes, straight from JDBC, on HikariCP
// and Connector/J with the driver settings of MySqlDriverDefaults and the pool of application.yml.
//   java -cp '<HikariCP, mysql-connector-j, slf4j-api, tomcat-embed-core jars>' RawNotes.java PORT MODE
// MODE "servlet": one plain servlet on embedded Tomcat, the server Notes runs on (the comparison
// ARCHITECTURE.md makes); MODE "jdk": the JDK's com.sun.net.httpserver, lighter still.
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executors;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;

public class RawNotes {

  static final String SQL =
      "SELECT n.id, n.text, n.category_id, c.name AS category_name, n.created_at, n.updated_at,"
          + " n.version FROM note n LEFT JOIN category c ON c.id = n.category_id WHERE n.id = ?";
  static final DateTimeFormatter UTC_MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'");

  /** status 404 has no body; etag and body are null then. */
  record Answer(int status, String etag, byte[] body) {}

  static HikariDataSource pool;

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(System.getenv("SPRING_DATASOURCE_URL"));
    config.setUsername(System.getenv("SPRING_DATASOURCE_USERNAME"));
    config.setPassword(System.getenv("SPRING_DATASOURCE_PASSWORD"));
    config.setMaximumPoolSize(32); // as Notes (application.yml)
    config.setConnectionTimeout(2500);
    for (String setting : new String[] {"connectTimeout=2000", "socketTimeout=10000",
        "sessionVariables=innodb_lock_wait_timeout=5", "cachePrepStmts=true",
        "prepStmtCacheSize=250", "prepStmtCacheSqlLimit=2048", "useLocalSessionState=true",
        "useLocalTransactionState=true", "characterEncoding=UTF-8"}) {
      String[] nameValue = setting.split("=", 2);
      config.addDataSourceProperty(nameValue[0], nameValue[1]);
    }
    pool = new HikariDataSource(config);
    if (args.length > 1 && args[1].equals("jdk")) {
      serveWithJdk(port);
    } else {
      serveWithTomcat(port);
    }
    System.out.println("raw baseline (" + (args.length > 1 ? args[1] : "servlet") + ") on " + port);
  }

  static void serveWithTomcat(int port) throws Exception {
    Tomcat tomcat = new Tomcat(); // defaults as in Notes: NIO connector, up to 200 threads
    tomcat.setBaseDir(Files.createTempDirectory("raw-tomcat").toString());
    tomcat.setPort(port);
    tomcat.getConnector();
    Context context = tomcat.addContext("", null);
    Tomcat.addServlet(context, "notes", new HttpServlet() {
      @Override
      protected void doGet(HttpServletRequest request, HttpServletResponse response)
          throws IOException {
        Answer answer = answer(request.getPathInfo().substring(1));
        response.setStatus(answer.status());
        if (answer.body() != null) {
          response.setContentType("application/json");
          response.setHeader("ETag", answer.etag());
          response.setContentLength(answer.body().length);
          response.getOutputStream().write(answer.body());
        }
      }
    });
    context.addServletMappingDecoded("/api/notes/*", "notes");
    tomcat.start();
  }

  static void serveWithJdk(int port) throws IOException {
    // Without it the JDK server writes headers and body in two packets and waits ~40 ms for the
    // client's delayed ACK on every response (Nagle); Tomcat sets TCP_NODELAY by default.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server = HttpServer.create(new InetSocketAddress(port), 1024);
    server.createContext("/api/notes/", exchange -> {
      try (exchange) {
        Answer answer = answer(exchange.getRequestURI().getPath().substring("/api/notes/".length()));
        if (answer.body() == null) {
          exchange.sendResponseHeaders(answer.status(), -1);
          return;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("ETag", answer.etag());
        exchange.sendResponseHeaders(answer.status(), answer.body().length);
        exchange.getResponseBody().write(answer.body());
      }
    });
    server.setExecutor(Executors.newFixedThreadPool(32));
    server.start();
  }

  static Answer answer(String id) {
    try (Connection connection = pool.getConnection();
        PreparedStatement select = connection.prepareStatement(SQL)) {
      select.setLong(1, Long.parseLong(id));
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return new Answer(404, null, null);
        }
        return new Answer(200, "\"" + row.getLong("version") + "\"",
            json(row).getBytes(StandardCharsets.UTF_8));
      }
    } catch (SQLException | RuntimeException e) {
      return new Answer(500, null, null);
    }
  }

  static String json(ResultSet row) throws SQLException {
    long categoryId = row.getLong("category_id");
    String category = row.wasNull() ? "null"
        : "{\"id\":" + categoryId + ",\"name\":" + quote(row.getString("category_name")) + "}";
    return "{\"id\":" + row.getLong("id") + ",\"text\":" + quote(row.getString("text"))
        + ",\"category\":" + category
        + ",\"createdAt\":\"" + UTC_MILLIS.format(row.getObject("created_at", LocalDateTime.class))
        + "\",\"updatedAt\":\"" + UTC_MILLIS.format(row.getObject("updated_at", LocalDateTime.class))
        + "\",\"version\":" + row.getLong("version") + "}";
  }

  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return out.append('"').toString();
  }
}
