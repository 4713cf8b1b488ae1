window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Keeper of a small northern light. Weather, seabirds, sourdough and the night sky. Two white flashes every fifteen seconds. (Fictional account.)",
        "website" : "",
        "location" : "A small rock, somewhere north"
      },
      "avatarMediaUrl" : "./data/profile_media/900000000000000001-avatar.png",
      "headerMediaUrl" : ""
    }
  }
]
