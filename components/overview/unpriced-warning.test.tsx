import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { UnpricedWarning } from "@/components/overview/unpriced-warning";

describe("UnpricedWarning", () => {
  it("isolates each model name so a right-to-left override cannot reverse the sentence", () => {
    const html = renderToStaticMarkup(
      <UnpricedWarning models={[{ provider: "x", model: "\u202Emodel-a", requests: 2 }, { provider: "y", model: "model-b", requests: 3 }]} />,
    );
    expect(html).toContain("(<span><bdi>\u202Emodel-a</bdi></span><span>, <bdi>model-b</bdi></span>)");
    expect(html).toContain("their 5 requests count as $0.");
  });
});
