package dev.notes.adapter.web;

import java.net.URI;
import org.springframework.http.ResponseEntity;

/** The success answers that carry more than a body: an ETag, and a Location for a new resource. */
final class Responses {

  private Responses() {}

  /** A single resource; its ETag is its version. */
  static <T> ResponseEntity<T> ok(long version, T body) {
    return ResponseEntity.ok().eTag(EntityTags.of(version)).body(body);
  }

  /** 201, with a Location relative to the server, like every path in the API. */
  static <T> ResponseEntity<T> created(String collectionPath, long id, long version, T body) {
    return ResponseEntity.created(URI.create(collectionPath + "/" + id))
        .eTag(EntityTags.of(version))
        .body(body);
  }
}
