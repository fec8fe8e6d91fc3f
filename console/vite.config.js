import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';

// Built by Maven (exec-maven-plugin: npm ci, npm run build) into target/classes/static, so the console jar carries
// static/index.html and static/assets/*; the gateway serves them at /. `npm run dev` proxies /api to a running gateway.
export default defineConfig({
  // Element Plus components and directives are imported where a template uses them (smaller first load than the
  // whole library); its stylesheet stays global (src/main.js), so ElMessage & co. need no style imports.
  plugins: [vue(), Components({ resolvers: [ElementPlusResolver({ importStyle: false, directives: true })], dts: false })],
  base: './',
  build: {
    outDir: 'target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)/ },
            { name: 'element-plus', test: /node_modules[\\/](element-plus|@element-plus)/ },
            { name: 'vue', test: /node_modules[\\/](@vue|vue|vue-router|vue-i18n|@intlify)[\\/]/ }
          ]
        }
      }
    }
  },
  server: {
    // same-origin for the gateway: drop the dev server's Origin header (the gateway's CORS check refuses it)
    proxy: {
      '/api': {
        target: process.env.RENDA_GATEWAY || 'http://127.0.0.1:8080',
        configure: (proxy) => proxy.on('proxyReq', (req) => req.removeHeader('origin'))
      }
    }
  }
});
