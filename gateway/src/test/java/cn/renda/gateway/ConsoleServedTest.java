package cn.renda.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web console comes from the {@code cn.renda:console} jar ({@code static/index.html} and {@code static/assets/*},
 * built by Vite): the gateway serves it at {@code /} without a token, with the right content types, and every
 * script and stylesheet the page refers to is there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "renda.security.jwt.secret=" + TestTokens.SECRET,
        "renda.security.jwt.issuer=" + TestTokens.ISSUER})
class ConsoleServedTest {

    static final Pattern ASSET = Pattern.compile("(?:src|href)=\"\\.?/?(assets/[^\"]+\\.(js|css))\"");

    @Autowired
    WebTestClient client;

    static String packagedIndex() throws IOException {
        return new ClassPathResource("static/index.html").getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void the_root_is_the_console_page_from_the_console_jar() throws IOException {
        String index = packagedIndex();
        assertThat(index).contains("<html lang=\"zh-CN\">").contains("<title>人大工作平台</title>")
                .contains("<div id=\"app\"></div>");
        String served = client.get().uri("/").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(served).isEqualTo(index);
    }

    @Test
    void every_asset_the_page_refers_to_is_served_without_a_token() throws IOException {
        Matcher m = ASSET.matcher(packagedIndex());
        List<String> assets = new ArrayList<>();
        while (m.find()) {
            assets.add(m.group(1));
        }
        assertThat(assets).anyMatch(a -> a.endsWith(".js")).anyMatch(a -> a.endsWith(".css"));
        WebTestClient big = client.mutate().codecs(c -> c.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build();
        for (String asset : assets) {
            MediaType type = asset.endsWith(".js") ? MediaType.valueOf("text/javascript") : MediaType.valueOf("text/css");
            byte[] body = big.get().uri("/" + asset).exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(type)
                    .expectBody().returnResult().getResponseBody();
            assertThat(body).as(asset).isNotEmpty();
        }
    }

    @Test
    void an_unknown_asset_is_not_found() {
        client.get().uri("/assets/no-such-file.js").exchange().expectStatus().isNotFound();
    }
}
