// Swagger UI over this API's description. Outside index.html because the page's Content Security
// Policy allows no inline script; every call it makes carries X-Requested-With, which the API
// requires of calls that change something (a forged cross-site form cannot send it).
window.ui = SwaggerUIBundle({
  url: "../openapi.json",
  dom_id: "#ui",
  deepLinking: true,
  requestInterceptor: function (request) {
    request.headers["X-Requested-With"] = "SwaggerUI";
    return request;
  }
});
