package dev.notes.bootstrap.e2e;

import static dev.notes.bootstrap.testing.HttpApi.quote;
import static org.assertj.core.api.Assertions.assertThat;

import dev.notes.bootstrap.NotesApplication;
import dev.notes.bootstrap.testing.HttpApi;
import dev.notes.bootstrap.testing.HttpApi.Response;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * A hostile client, reproducibly: {@value #REQUESTS} requests drawn from a seeded random source mix
 * every endpoint and method with odd ids, parameters, headers and bodies (wrong types, truncated
 * JSON, lone surrogates, numbers out of range, foreign cursors, unknown members, other media
 * types). Whatever the request, the service keeps three promises:
 *
 * <ul>
 *   <li>no answer is a 5xx: every one of these requests is at worst a client mistake;
 *   <li>a refusal is a problem (application/problem+json with type, title, status and detail) and
 *       names no Java type, package, exception or SQL;
 *   <li>a refused write changes nothing, and afterwards every category's {@code noteCount} is the
 *       number of its notes.
 * </ul>
 *
 * A failure names the seed and the request's number. {@code -Dnotes.hostile.seed=N} explores other
 * requests, and reproduces a failure that another seed found. Subclasses choose the database.
 */
@SpringBootTest(
    classes = NotesApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
abstract class HostileRequestsEndToEndTest {

  static final long SEED = Long.getLong("notes.hostile.seed", 20261204L);
  static final int REQUESTS = 600;

  private static final Pattern INTERNALS =
      Pattern.compile(
          "java\\.|jakarta\\.|tools\\.jackson|fasterxml|springframework|org\\.apache|Exception"
              + "|\\[L|SQLState|SQL syntax|Hikari|org\\.h2|mybatis|ibatis|dev\\.notes|Caused by");

  private static final List<String> VALUES =
      List.of(
          "",
          " ",
          "0",
          "-1",
          "1",
          "50",
          "200",
          "201",
          "9223372036854775807",
          "9223372036854775808",
          "-9223372036854775809",
          "1.5",
          "1e3",
          "0x10",
          "+1",
          " 7",
          "abc",
          "true",
          "TRUE",
          "null",
          "%",
          "_",
          "%_\\",
          "é",
          "\uD83D\uDE00",
          "ΟΣ",
          "İİİİİİ",
          "\t",
          "\u0000",
          "\u0085",
          "\u202E",
          "a/b",
          "..",
          "a b",
          "<b>",
          "\"",
          "'",
          "{}",
          "[]",
          "tech",
          "Tech ",
          "x".repeat(300),
          "ä".repeat(11));

  private static final List<String> CONTENT_TYPES =
      List.of(
          "application/json",
          "application/json",
          "application/json",
          "application/json;charset=UTF-8",
          "application/json;charset=utf-16",
          "application/json;charset=bogus",
          "application/merge-patch+json",
          "application/problem+json",
          "text/plain",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=x",
          "garbage",
          "");

  private static final List<String> ACCEPTS =
      List.of(
          "",
          "*/*",
          "application/json",
          "application/json;charset=iso-8859-1",
          "application/problem+json",
          "text/html",
          "application/json;q=0",
          "application/xml, */*;q=0.1",
          "garbage");

  /** Paths no endpoint serves, each with a method the API takes elsewhere. */
  private static final List<String[]> NO_ENDPOINTS =
      List.of(
          new String[] {"/api", "GET"},
          new String[] {"/api/notes/", "GET"},
          new String[] {"/api/notes/{id}/x", "GET"});

  private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}]+}");

  private static final List<String> METHODS =
      List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

  private static final List<String> IF_MATCHES =
      List.of("", "\"0\"", "\"1\"", "*", "W/\"0\"", "\"0\", \"1\"", "\"abc\"", "garbage", " ");

  @LocalServerPort int port;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping handlerMapping;

  private final SplittableRandom random = new SplittableRandom(SEED);
  private final List<String> ids = new ArrayList<>(List.of("1", "2", "3"));
  private final List<String> cursors = new ArrayList<>();
  private HttpApi api;
  private List<String[]> endpoints;

  @Test
  void hostileRequests_areNeverA5xx_refusalsAreProblems_andChangeNothing(CapturedOutput log) {
    api = new HttpApi(port);
    endpoints = endpoints();
    int logged = log.getOut().length();
    Map<Integer, Integer> statuses = new TreeMap<>();
    int writesApplied = 0;
    seed();
    String state = state();
    for (int number = 1; number <= REQUESTS; number++) {
      HttpRequest.Builder request = request();
      String method = request.build().method();
      Response answer = api.send(request);
      String which = "seed " + SEED + ", request " + number + ": " + answer;
      statuses.merge(answer.status(), 1, Integer::sum);

      assertThat(answer.status()).as(which).isBetween(200, 499);
      if (answer.status() >= 400 && !method.equals("HEAD")) {
        assertIsProblem(answer, which);
      }
      if (isWrite(method)) {
        String after = state();
        if (answer.status() >= 400) {
          assertThat(after).as("a refused write changed nothing; " + which).isEqualTo(state);
        } else if (!after.equals(state)) {
          writesApplied++;
        }
        state = after;
      }
      learnFrom(answer);
    }
    assertEveryNoteCountIsItsNotes();
    assertReachedTheRulesBehindRouting(statuses, writesApplied);
    assertThat(log.getOut().substring(logged).lines())
        .as("nothing but request lines was logged")
        .noneMatch(line -> line.contains(" WARN ") || line.contains(" ERROR "));
  }

  /** A generator that only ever met routing or media types would test little. */
  private static void assertReachedTheRulesBehindRouting(
      Map<Integer, Integer> statuses, int writesApplied) {
    assertThat(writesApplied)
        .as("writes that changed what a client reads, of " + statuses)
        .isGreaterThanOrEqualTo(10);
    assertThat(statuses.getOrDefault(400, 0)).as("400s of " + statuses).isGreaterThanOrEqualTo(50);
    assertThat(statuses.keySet()).as("statuses").contains(200, 404, 406, 409, 415);
  }

  /**
   * Each path of the API, then the methods it takes, as the code maps them (so that a new endpoint
   * is attacked too), in a stable order so that a seed means the same requests; a POST or PUT
   * twice, so that enough writes get past the rules to change something. Then the paths no endpoint
   * serves.
   */
  private List<String[]> endpoints() {
    Map<String, List<String>> methodsByPath = new TreeMap<>();
    for (RequestMappingInfo mapping : handlerMapping.getHandlerMethods().keySet()) {
      for (String path : mapping.getPatternValues()) {
        for (RequestMethod method : mapping.getMethodsCondition().getMethods()) {
          if (path.startsWith("/api/")) {
            List<String> methods = methodsByPath.computeIfAbsent(path, any -> new ArrayList<>());
            methods.add(method.name());
            if (method == RequestMethod.POST || method == RequestMethod.PUT) {
              methods.add(method.name());
            }
          }
        }
      }
    }
    List<String[]> endpoints = new ArrayList<>();
    methodsByPath.forEach(
        (path, methods) ->
            endpoints.add(
                Stream.concat(Stream.of(path), methods.stream().sorted()).toArray(String[]::new)));
    assertThat(endpoints).as("the API's endpoints").hasSizeGreaterThanOrEqualTo(6);
    endpoints.addAll(NO_ENDPOINTS);
    return endpoints;
  }

  private void seed() {
    for (String name : List.of("tech", "food", "ΟΔΟΣ")) {
      Response category = api.post("/api/categories", "{\"name\":" + quote(name) + "}");
      assertThat(category.status()).as(category.toString()).isEqualTo(201);
      ids.add(String.valueOf(category.id()));
      for (int i = 0; i < 3; i++) {
        String note = "{\"text\":\"note " + i + "\",\"categoryId\":" + category.id() + "}";
        ids.add(String.valueOf(api.post("/api/notes", note).id()));
      }
    }
    cursors.add(api.get("/api/notes?limit=1").json().get("nextCursor").asString());
    cursors.add(api.get("/api/categories?limit=1").json().get("nextCursor").asString());
  }

  /**
   * Mostly a method the path takes, with a body of the members it reads, so that most requests get
   * past routing and media types to the rules behind them; sometimes anything at all.
   */
  private HttpRequest.Builder request() {
    String[] endpoint = pick(endpoints);
    String path =
        PATH_VARIABLE
            .matcher(endpoint[0].replace("{name}", encode(pick(VALUES))))
            .replaceAll(variable -> Matcher.quoteReplacement(id()));
    String method =
        chance(0.85) ? pick(List.of(endpoint).subList(1, endpoint.length)) : pick(METHODS);
    HttpRequest.Builder request = api.request(path + query());
    if (chance(0.5)) {
      header(request, "Accept", pick(ACCEPTS));
    }
    if (chance(0.3)) {
      header(request, "If-Match", pick(IF_MATCHES));
    }
    boolean withBody = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    if (withBody) {
      header(request, "Content-Type", chance(0.6) ? "application/json" : pick(CONTENT_TYPES));
    }
    return request.method(
        method,
        withBody
            ? BodyPublishers.ofString(body(path.startsWith("/api/notes")), StandardCharsets.UTF_8)
            : BodyPublishers.noBody());
  }

  private String id() {
    return chance(0.7) ? pick(ids) : encode(pick(VALUES));
  }

  private String query() {
    List<String> parameters = new ArrayList<>();
    for (String name : List.of("limit", "cursor", "q", "name", "categoryId", "uncategorized")) {
      if (chance(0.25)) {
        parameters.add(name + "=" + encode(parameterValue(name)));
      }
    }
    if (!parameters.isEmpty() && chance(0.1)) {
      parameters.add(parameters.get(0)); // a parameter given twice
    }
    return parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
  }

  private String parameterValue(String name) {
    if (name.equals("cursor") && chance(0.5)) {
      String cursor = pick(cursors);
      return chance(0.5) ? cursor : cursor.substring(0, random.nextInt(cursor.length()));
    }
    if (name.equals("categoryId") && chance(0.5)) {
      return pick(ids);
    }
    return pick(VALUES);
  }

  private String body(boolean ofANote) {
    if (chance(0.15)) {
      return pick(
          List.of(
              "",
              "null",
              "[]",
              "\"text\"",
              "1",
              "{",
              "{}{}",
              "{\"text\":\"a\",\"text\":\"b\"}",
              "{\"text\":\"\\uD800\"}",
              "{\"name\":\"\\uDFFF\"}",
              "{\"text\":\"a\"} x",
              "{\"text\":\"a\",}",
              "{'text':'a'}",
              "{\"text\":\"a\" /* c */}"));
    }
    StringBuilder object = new StringBuilder("{");
    for (String member : List.of("text", "categoryId", "categoryName", "name", "other")) {
      boolean read =
          ofANote ? !member.equals("name") && !member.equals("other") : member.equals("name");
      if (chance(read ? 0.6 : 0.05)) {
        object.append(object.length() > 1 ? "," : "").append(quote(member)).append(':');
        object.append(jsonValue(member));
      }
    }
    String json = object.append('}').toString();
    return chance(0.1) ? json.substring(0, random.nextInt(json.length())) : json;
  }

  private String jsonValue(String member) {
    return switch (random.nextInt(9)) {
      case 0, 4 -> member.equals("categoryId") ? pick(ids) : quote("ok " + random.nextInt(100));
      case 1 -> pick(List.of("0", "-1", "1.5", "1e400", "9223372036854775808", "-0", "1E2"));
      case 2 -> pick(List.of("true", "null", "[]", "{}", "[\"a\"]", "{\"id\":1}"));
      case 3 -> quote(pick(ids));
      default -> quote(pick(VALUES));
    };
  }

  private void learnFrom(Response answer) {
    if (answer.status() == 201) {
      ids.add(String.valueOf(answer.id()));
    }
    if (answer.status() == 200 && answer.body().startsWith("{\"items\"")) {
      JsonNode next = answer.json().get("nextCursor");
      if (!next.isNull()) {
        cursors.add(next.asString());
      }
    }
  }

  private static void assertIsProblem(Response answer, String which) {
    assertThat(answer.contentType()).as(which).startsWith("application/problem+json");
    JsonNode problem = answer.json();
    for (String member : List.of("type", "title", "status", "detail")) {
      assertThat(problem.has(member)).as(member + " in " + which).isTrue();
    }
    assertThat(problem.get("status").asInt()).as(which).isEqualTo(answer.status());
    assertThat(INTERNALS.matcher(answer.body()).find()).as("internals in " + which).isFalse();
  }

  /** Everything a client can read: every page of notes and of categories, versions included. */
  private String state() {
    return items("/api/notes?limit=200").toString() + items("/api/categories?limit=200");
  }

  private List<JsonNode> items(String first) {
    List<JsonNode> items = new ArrayList<>();
    String path = first;
    while (path != null) {
      Response page = api.get(path);
      assertThat(page.status()).as(page.toString()).isEqualTo(200);
      page.json().get("items").forEach(items::add);
      JsonNode next = page.json().get("nextCursor");
      path = next.isNull() ? null : first + "&cursor=" + next.asString();
    }
    return items;
  }

  private void assertEveryNoteCountIsItsNotes() {
    for (JsonNode category : items("/api/categories?limit=200")) {
      List<JsonNode> notes = items("/api/categories/" + category.get("id") + "/notes?limit=200");
      assertThat(category.get("noteCount").asLong())
          .as(category.toString())
          .isEqualTo(notes.size());
    }
  }

  private static boolean isWrite(String method) {
    return !(method.equals("GET") || method.equals("HEAD"));
  }

  private static void header(HttpRequest.Builder request, String name, String value) {
    if (!value.isEmpty()) {
      request.header(name, value);
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  private <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }
}
