enum _PlaceholderDashboardCore {}
