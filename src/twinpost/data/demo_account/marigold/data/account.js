window.YTD.account.part0 = [
  {
    "account" : {
      "email" : null,
      "createdVia" : "web",
      "username" : "marigold_keeps",
      "accountId" : "900000000000000001",
      "createdAt" : "2014-03-02T10:00:00.000Z",
      "accountDisplayName" : "Marigold Finch"
    }
  }
]
