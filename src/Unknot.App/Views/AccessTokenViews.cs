namespace Unknot.App.Views;

/// <summary>A token as its owner sees it: never its secret, which is shown once, when it is made.</summary>
public sealed record AccessTokenView(Guid Id, string Name, DateTimeOffset CreatedAt);

/// <summary>A token just made, with its secret, shown this once.</summary>
public sealed record NewAccessToken(Guid Id, string Name, DateTimeOffset CreatedAt, string Token);

/// <summary>What a hosted server's <c>POST /api/account/login</c> answers (Identity's bearer token, of which only this is read).</summary>
public sealed record BearerLogin(string AccessToken);
