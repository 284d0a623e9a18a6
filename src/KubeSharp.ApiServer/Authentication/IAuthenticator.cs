using Microsoft.AspNetCore.Http;

namespace KubeSharp.ApiServer.Authentication;

/// <summary>One way of proving who a request comes from (upstream's <c>authenticator.Request</c>).</summary>
public interface IAuthenticator
{
    AuthenticationResult Authenticate(HttpContext context);
}
