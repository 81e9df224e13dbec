package dev.notes.adapter.web.paging;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.notes.domain.shared.Page;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;

/** {@code nextCursor} is always written, as {@code null} on the last page. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(requiredProperties = {"items", "nextCursor"})
public record PageResponse<T>(
    List<T> items,
    @Schema(nullable = true, description = "Pass as cursor for the next page; null on the last")
        String nextCursor) {

  public static <D, P, T> PageResponse<T> of(
      Page<D, P> page, Function<D, T> toResponse, Function<P, String> toCursor) {
    return new PageResponse<>(
        page.items().stream().map(toResponse).toList(), page.next().map(toCursor).orElse(null));
  }
}
